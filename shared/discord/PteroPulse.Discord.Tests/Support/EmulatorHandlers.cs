using System.Collections.Concurrent;
using PteroPulse.Discord.Interactions;
using PteroPulse.Discord.Models;

namespace PteroPulse.Discord.Tests.Support;

/// <summary>/status that takes 5 seconds, far past Discord's 3-second deadline, before answering.</summary>
internal sealed class SlowStatusCommand : ISlashCommandHandler
{
    public ApplicationCommandProperties Command { get; } = new()
    {
        Name = "status",
        Description = "Show live status and usage for a game server",
        Options = [new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "server", Description = "Server name or identifier", Required = true }],
    };

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
        await context.ReplyAsync(new MessageProperties { Content = $"Midgard ({context.GetOption("server")}) is running" }, cancellationToken);
    }
}

/// <summary>/ping that counts how often each interaction reached it and answers at once.</summary>
internal sealed class CountingPingCommand(InteractionCounter counter) : ISlashCommandHandler
{
    public ApplicationCommandProperties Command { get; } = new() { Name = "ping", Description = "Check that the bot answers" };

    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        counter.Seen.AddOrUpdate(context.Interaction.Id, 1, (_, n) => n + 1);
        return context.ReplyAsync(new MessageProperties { Content = "pong" }, cancellationToken);
    }
}

internal sealed class InteractionCounter
{
    public ConcurrentDictionary<ulong, int> Seen { get; } = new();
}

/// <summary>/server with an autocompleted option, suggesting names that start with what was typed.</summary>
internal sealed class ServerPickerCommand : ISlashCommandHandler
{
    private static readonly string[] Names = ["Midgard", "Asgard", "ATM9", "Vanilla"];

    public ApplicationCommandProperties Command { get; } = new()
    {
        Name = "server",
        Description = "Pick a game server",
        Options = [new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "name", Description = "Server name", Required = true, Autocomplete = true }],
    };

    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken) =>
        context.ReplyEphemeralAsync($"Picked {context.GetOption("name")}", cancellationToken);

    public Task<IReadOnlyList<ApplicationCommandChoice>> AutocompleteAsync(InteractionContext context, string optionName, string value, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ApplicationCommandChoice>>(
            [.. Names.Where(n => n.StartsWith(value, StringComparison.OrdinalIgnoreCase)).Select(n => new ApplicationCommandChoice { Name = n, Value = n.ToUpperInvariant() })]);
}

/// <summary>"address:*" buttons whose lookup takes 3.5 s before an ephemeral answer.</summary>
internal sealed class SlowAddressButton : IComponentHandler
{
    public string CustomIdPrefix => "address";

    public async Task HandleAsync(ComponentContext context, CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromSeconds(3.5), cancellationToken);
        await context.ReplyEphemeralAsync($"{context.Arguments[0]} listens on 203.0.113.7:2456", cancellationToken);
    }
}
