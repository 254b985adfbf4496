namespace PteroPulse.Contracts;

/// <summary>A server the panel key can see, as listed by <see cref="ListServers"/> and <see cref="ServerListChanged"/>.</summary>
public sealed record ServerSummary
{
    public required string ServerId { get; init; }

    public required string Uuid { get; init; }

    public required string Name { get; init; }

    public string Description { get; init; } = "";

    public string? Node { get; init; }

    public ServerAllocation? DefaultAllocation { get; init; }

    public bool IsSuspended { get; init; }
}
