namespace PteroPulse.Contracts;

/// <summary>
/// Event: the set of servers the panel key can see changed. Published by poller after a list refresh; consumed by
/// discord-gateway (autocomplete, select menus).
/// </summary>
public sealed record ServerListChanged
{
    public required IReadOnlyList<ServerSummary> Servers { get; init; }

    public required IReadOnlyList<string> Added { get; init; }

    public required IReadOnlyList<string> Removed { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }
}
