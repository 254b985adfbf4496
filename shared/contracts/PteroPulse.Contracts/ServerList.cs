namespace PteroPulse.Contracts;

/// <summary>Response to <see cref="ListServers"/>, from poller.</summary>
public sealed record ServerList
{
    public required IReadOnlyList<ServerSummary> Servers { get; init; }

    public required DateTimeOffset ListedAt { get; init; }
}
