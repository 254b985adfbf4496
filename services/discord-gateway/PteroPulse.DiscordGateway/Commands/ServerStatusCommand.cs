using PteroPulse.Discord.Builders;
using PteroPulse.Discord.Interactions;
using PteroPulse.Discord.Models;
using PteroPulse.DiscordGateway.Access;
using PteroPulse.DiscordGateway.Servers;
using StatusCustomIds = PteroPulse.DiscordGateway.Embeds.CustomIds;

namespace PteroPulse.DiscordGateway.Commands;

/// <summary>
/// <c>/server_status [server]</c>: posts a self-updating status embed in this channel. Without a server: a select menu
/// of the guild's servers, or, past Discord's 25 options, a hint to use the autocompleted option.
/// </summary>
public sealed class ServerStatusCommand(AccessPolicy access, ServerDirectory directory, StatusEmbedPoster poster) : ISlashCommandHandler
{
    public const string Name = "server_status";

    public ApplicationCommandProperties Command { get; } = AdminCommand.Define(Name, "Post a live status embed of a game server in this channel",
        new ApplicationCommandOption
        {
            Type = ApplicationCommandOptionType.String,
            Name = "server",
            Description = "The game server (leave empty to pick from a list)",
            Required = false,
            Autocomplete = true,
        });

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var interaction = context.Interaction;
        var decision = access.AuthorizeAdmin(interaction.GuildId, interaction.ToMemberAccess());
        if (decision != AccessDecision.Allowed)
        {
            await context.ReplyEphemeralAsync(AccessReplies.For(decision), cancellationToken);
            return;
        }

        // Gathering history and graph can take seconds: acknowledge (privately) before.
        await context.DeferAsync(ephemeral: true, cancellationToken);
        var wanted = context.GetOption("server");
        if (wanted is null)
        {
            await OfferSelectionAsync(context, cancellationToken);
            return;
        }

        var server = await directory.FindAsync(interaction.GuildId, wanted, cancellationToken);
        if (server is null)
        {
            await context.ReplyEphemeralAsync($"❔ No game server called `{Text.Truncate(wanted, 100)}` is available here.", cancellationToken);
            return;
        }

        var reply = await poster.PostAsync(interaction.GuildId!.Value, interaction.ChannelId!.Value, server, cancellationToken);
        await context.ReplyEphemeralAsync(reply, cancellationToken);
    }

    public async Task<IReadOnlyList<ApplicationCommandChoice>> AutocompleteAsync(InteractionContext context, string optionName, string value, CancellationToken cancellationToken)
    {
        var interaction = context.Interaction;
        if (optionName != "server" || access.AuthorizeAdmin(interaction.GuildId, interaction.ToMemberAccess()) != AccessDecision.Allowed)
        {
            return [];
        }

        var servers = await directory.VisibleAsync(interaction.GuildId, cancellationToken);
        return servers
            .Where(s => s.Name.Contains(value, StringComparison.OrdinalIgnoreCase) || s.ServerId.StartsWith(value, StringComparison.OrdinalIgnoreCase))
            .Take(DiscordLimits.AutocompleteChoices)
            .Select(s => new ApplicationCommandChoice { Name = Text.Truncate($"{s.Name} ({s.ServerId})", 100), Value = s.ServerId })
            .ToList();
    }

    private async Task OfferSelectionAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var servers = await directory.VisibleAsync(context.Interaction.GuildId, cancellationToken);
        if (servers.Count == 0)
        {
            await context.ReplyEphemeralAsync("❔ No game servers are available here.", cancellationToken);
            return;
        }

        if (servers.Count > DiscordLimits.SelectOptions)
        {
            await context.ReplyEphemeralAsync(
                $"There are {servers.Count} servers, more than a menu holds: type `/{Name} server:` and pick one from the suggestions.", cancellationToken);
            return;
        }

        var components = new ComponentsBuilder().AddRow(row => row.AddStringSelect(StatusCustomIds.ServerSelect,
            servers.Select(s => new SelectOption
            {
                Label = s.Name,
                Value = s.ServerId,
                Description = string.IsNullOrWhiteSpace(s.Description) ? s.ServerId : s.Description,
            }), "Choose a game server")).Build();
        await context.ReplyAsync(new MessageProperties
        {
            Content = "Which game server should get a status embed in this channel?",
            Components = components,
            Flags = MessageFlags.Ephemeral,
            AllowedMentions = AllowedMentions.None,
        }, cancellationToken);
    }
}
