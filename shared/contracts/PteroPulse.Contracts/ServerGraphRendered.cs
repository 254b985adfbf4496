namespace PteroPulse.Contracts;

/// <summary>
/// Response to <see cref="RenderServerGraph"/>, from renderer. A graph is 20–60 KB, small enough to travel on the bus
/// itself rather than through Redis.
/// </summary>
public sealed record ServerGraphRendered
{
    public required string ServerId { get; init; }

    public required byte[] Png { get; init; }

    public required int Width { get; init; }

    public required int Height { get; init; }
}
