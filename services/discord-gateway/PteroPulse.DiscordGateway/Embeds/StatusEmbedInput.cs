using PteroPulse.Contracts;

namespace PteroPulse.DiscordGateway.Embeds;

/// <summary>Everything one status embed shows.</summary>
/// <param name="Sample">The newest reading of the server.</param>
/// <param name="Summary">The panel's listing of the server (description, allocation), when known.</param>
/// <param name="UpdatedAt">When this version of the embed was made (the footer's timestamp).</param>
/// <param name="GraphPng">The rendered graph, or null when there are fewer than two samples or no renderer answered.</param>
/// <param name="UnreachableSince">While the server is unreachable, since when.</param>
/// <param name="Removed">The panel no longer lists the server (deleted, or the key lost access).</param>
public sealed record StatusEmbedInput(
    ServerSample Sample,
    ServerSummary? Summary,
    DateTimeOffset UpdatedAt,
    ReadOnlyMemory<byte>? GraphPng = null,
    DateTimeOffset? UnreachableSince = null,
    bool Removed = false);
