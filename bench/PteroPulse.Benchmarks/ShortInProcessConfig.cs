using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace PteroPulse.Benchmarks;

/// <summary>
/// ShortRun (3 warm-ups, 3 iterations) in this process: the machine is shared, so runs stay short, and in-process
/// skips BenchmarkDotNet's nested build of a generated project.
/// </summary>
public sealed class ShortInProcessConfig : ManualConfig
{
    public ShortInProcessConfig() =>
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"));
}
