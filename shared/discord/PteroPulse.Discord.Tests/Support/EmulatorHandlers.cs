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
