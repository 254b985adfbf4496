namespace PteroPulse.Contracts;

/// <summary>Request: a server's stored history. Sent by discord-gateway; answered by metrics with <see cref="ServerHistory"/>.</summary>
public sealed record GetServerHistory
{
    public required string ServerId { get; init; }

    public HistoryWindow Window { get; init; } = HistoryWindow.LastMinute;
}
