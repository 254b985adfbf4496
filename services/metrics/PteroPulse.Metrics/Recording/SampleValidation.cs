using PteroPulse.Contracts;

namespace PteroPulse.Metrics.Recording;

/// <summary>What a sample must look like to be stored; anything else would poison every graph drawn from it.</summary>
internal static class SampleValidation
{
    public static string? FindProblem(ServerSample sample)
    {
        if (string.IsNullOrWhiteSpace(sample.ServerId))
        {
            return "the server id is empty";
        }

        if (!double.IsFinite(sample.CpuPercent) || sample.CpuPercent < 0)
        {
            return $"CPU {sample.CpuPercent} is not a non-negative number";
        }

        return sample.MemoryBytes < 0 ? $"memory {sample.MemoryBytes} is negative" : null;
    }
}
