using System.Text;
using PteroPulse.Discord.Builders;
using PteroPulse.Discord.Interactions;
using PteroPulse.Discord.Models;
using PteroPulse.DiscordGateway.Access;
using PteroPulse.DiscordGateway.Embeds;
using PteroPulse.DiscordGateway.Servers;

namespace PteroPulse.DiscordGateway.Commands;

/// <summary><c>/servers</c>: every game server this guild may see, with its state, in one private list.</summary>
public sealed class ServersCommand(AccessPolicy access, ServerDirectory directory, TimeProvider timeProvider) : ISlashCommandHandler
{
    public ApplicationCommandProperties Command { get; } = new()
    {
        Name = "servers",
        Description = "List the game servers and their state",
    };

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var interaction = context.Interaction;
        var decision = access.AuthorizeViewer(interaction.GuildId, interaction.ToMemberAccess());
        if (decision != AccessDecision.Allowed)
        {
            await context.ReplyEphemeralAsync(AccessReplies.For(decision), cancellationToken);
            return;
        }

        var servers = await directory.VisibleAsync(interaction.GuildId, cancellationToken);
        if (servers.Count == 0)
        {
            await context.ReplyEphemeralAsync("❔ No game servers are available here.", cancellationToken);
            return;
        }

        var now = timeProvider.GetUtcNow();
        var lines = new StringBuilder();
        var shown = 0;
        foreach (var server in servers)
        {
            var sample = directory.SampleOf(server, now);
            var look = StateAppearance.For(sample.State, sample.IsSuspended);
            var line = $"{look.Emoji} **{server.Name}** `{server.ServerId}` — {look.Label}\n";
            if (lines.Length + line.Length > DiscordLimits.EmbedDescription - 40)
            {
                break;
            }

            lines.Append(line);
            shown++;
        }

        if (shown < servers.Count)
        {
            lines.Append(System.Globalization.CultureInfo.InvariantCulture, $"… and {servers.Count - shown} more");
        }

        var embed = new EmbedBuilder().WithTitle($"Game servers ({servers.Count})").WithDescription(lines.ToString()).WithColor(StateAppearance.Blurple).Build();
        await context.ReplyAsync(new MessageProperties { Embeds = [embed], Flags = MessageFlags.Ephemeral, AllowedMentions = AllowedMentions.None }, cancellationToken);
    }
}
