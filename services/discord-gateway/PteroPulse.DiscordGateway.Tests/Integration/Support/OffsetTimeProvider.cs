namespace PteroPulse.DiscordGateway.Tests.Integration.Support;

/// <summary>The system clock moved by a constant: timers and intervals behave as usual, "now" is later.</summary>
internal sealed class OffsetTimeProvider(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}
