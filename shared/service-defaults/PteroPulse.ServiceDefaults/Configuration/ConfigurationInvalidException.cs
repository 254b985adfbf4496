namespace PteroPulse.ServiceDefaults.Configuration;

/// <summary>Thrown by start-up checks that are not options validation (a missing file, say) to stop with a clear list.</summary>
public sealed class ConfigurationInvalidException(IReadOnlyList<string> problems)
    : Exception(string.Join("; ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
