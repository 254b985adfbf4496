namespace PteroPulse.Emulators.Discord.Gateway;

/// <summary>
/// A gateway session: survives its connection so a client can Resume, and keeps every dispatch with its sequence
/// number for replay.
/// </summary>
public sealed class GatewaySession
{
    private const int ReplayCapacity = 5000;

    public required string Id { get; init; }

    public required int ShardId { get; init; }

    public required int ShardCount { get; init; }

    public required long Intents { get; init; }

    public int Sequence { get; private set; }

    public List<(int Seq, string Frame)> Buffer { get; } = [];

    public GatewayConnection? Connection { get; set; }

    public DateTimeOffset? DisconnectedAt { get; set; }

    /// <summary>Closed with 1000/1001, timed out, or invalidated by op 9 false: Resume is refused.</summary>
    public bool Invalidated { get; set; }

    public bool Covers(ulong? guildId) => guildId is { } id ? (int)((id >> 22) % (ulong)ShardCount) == ShardId : ShardId == 0;

    /// <summary>Assigns the next sequence number and stores the frame; returns the frame to send.</summary>
    public string Append(Func<int, string> frame)
    {
        Sequence++;
        var text = frame(Sequence);
        Buffer.Add((Sequence, text));
        if (Buffer.Count > ReplayCapacity)
        {
            Buffer.RemoveAt(0);
        }

        return text;
    }
}
