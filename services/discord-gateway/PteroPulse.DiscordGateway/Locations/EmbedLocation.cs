namespace PteroPulse.DiscordGateway.Locations;

/// <summary>
/// Where one status embed lives. A channel holds at most one embed per server, so (channel, server) identifies a
/// location; the message id changes when the embed is reposted.
/// </summary>
/// <param name="GuildId">The guild of the channel.</param>
/// <param name="ChannelId">The channel the message is in.</param>
/// <param name="MessageId">The status message.</param>
/// <param name="ServerId">The panel's short identifier of the server shown.</param>
/// <param name="Paused">Set when Discord refused access (50001/50013): no more edits until an admin refreshes.</param>
public sealed record EmbedLocation(ulong GuildId, ulong ChannelId, ulong MessageId, string ServerId, bool Paused = false);
