using PteroPulse.Contracts;
using PteroPulse.DiscordGateway.Locations;
using PteroPulse.DiscordGateway.Servers;
using PteroPulse.DiscordGateway.Updates;

namespace PteroPulse.DiscordGateway.Commands;

/// <summary>Posts the status embed of a server in a channel and records its location (what /server_status ends in).</summary>
public sealed class StatusEmbedPoster(ServerDirectory directory, StatusMessageFactory factory, EmbedEditor editor, TimeProvider timeProvider)
{
    public async Task<EmbedLocation> PostAsync(ulong guildId, ulong channelId, ServerSummary server, CancellationToken cancellationToken)
    {
        var sample = directory.SampleOf(server, timeProvider.GetUtcNow());
        var snapshot = await factory.BuildAsync(sample, null, cancellationToken);
        return await editor.PostAsync(guildId, channelId, snapshot.Message, cancellationToken);
    }
}
