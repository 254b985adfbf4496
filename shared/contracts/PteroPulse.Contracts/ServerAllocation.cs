namespace PteroPulse.Contracts;

/// <summary>A server's network address on its node, as the panel lists it.</summary>
public sealed record ServerAllocation
{
    public required string Ip { get; init; }

    public string? IpAlias { get; init; }

    public required int Port { get; init; }
}
