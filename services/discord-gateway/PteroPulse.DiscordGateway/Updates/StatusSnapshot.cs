using PteroPulse.Contracts;
using PteroPulse.DiscordGateway.Embeds;

namespace PteroPulse.DiscordGateway.Updates;

/// <summary>A server's status message plus the history it was drawn from (empty when metrics did not answer).</summary>
public sealed record StatusSnapshot(StatusMessage Message, IReadOnlyList<MetricPoint> History);
