using PteroPulse.Discord.Interactions;
using PteroPulse.Discord.Models;
using PteroPulse.DiscordGateway.Access;
using PteroPulse.DiscordGateway.Locations;
using PteroPulse.DiscordGateway.Servers;
using PteroPulse.DiscordGateway.Updates;

namespace PteroPulse.DiscordGateway.Commands;

/// <summary>
/// <c>/refresh_embeds</c>: refreshes every status embed of this guild now, and resumes embeds paused after a
/// permission problem (the admin ran it because they fixed the channel).
/// </summary>
public sealed class RefreshEmbedsCommand(
    AccessPolicy access,
    IEmbedLocationStore store,
    ServerDirectory directory,
    StatusMessageFactory factory,
    EmbedRefresher refresher,
    TimeProvider timeProvider) : ISlashCommandHandler
{
    public ApplicationCommandProperties Command { get; } = AdminCommand.Define("refresh_embeds", "Refresh every status embed in this server now");

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var interaction = context.Interaction;
        var decision = access.AuthorizeAdmin(interaction.GuildId, interaction.ToMemberAccess());
        if (decision != AccessDecision.Allowed)
        {
            await context.ReplyEphemeralAsync(AccessReplies.For(decision), cancellationToken);
            return;
        }

        await context.DeferAsync(ephemeral: true, cancellationToken);
        var locations = await store.GetByGuildAsync(interaction.GuildId!.Value, cancellationToken);
        var resumed = 0;
        foreach (var location in locations.Where(l => l.Paused))
        {
            resumed += await store.SetPausedAsync(location, false, cancellationToken) ? 1 : 0;
        }

        var servers = await directory.VisibleAsync(interaction.GuildId, cancellationToken);
        var now = timeProvider.GetUtcNow();
        foreach (var group in locations.GroupBy(l => l.ServerId))
        {
            var server = servers.FirstOrDefault(s => s.ServerId == group.Key);
            if (server is null)
            {
                continue;
            }

            var snapshot = await factory.BuildAsync(directory.SampleOf(server, now), null, cancellationToken);
            refresher.Enqueue(group.Select(l => l with { Paused = false }), snapshot.Message, now);
        }

        var paused = resumed > 0 ? $" ({resumed} paused embed(s) resumed)" : "";
        await context.ReplyEphemeralAsync(locations.Count == 0
            ? "There are no status embeds in this server yet: post one with /server_status."
            : $"🔄 Refreshing {locations.Count} status embed(s){paused}.", cancellationToken);
    }
}
