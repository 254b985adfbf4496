using PteroPulse.Discord.Interactions;
using PteroPulse.Discord.Models;

namespace PteroPulse.Discord.Tests.Support;

/// <summary>A /status command whose handler waits for a test-controlled signal before answering.</summary>
internal sealed class GatedStatusCommand(CommandGate gate) : ISlashCommandHandler
{
    public ApplicationCommandProperties Command { get; } = new()
    {
        Name = "status",
        Description = "Show live status and usage for a game server",
        Options = [new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "server", Description = "Server", Required = true, Autocomplete = true }],
    };

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        gate.Entered.TrySetResult();
        await gate.Release.Task.WaitAsync(cancellationToken);
        if (gate.Fail)
        {
            throw new InvalidOperationException("panel unreachable");
        }

        await context.ReplyAsync(new MessageProperties { Content = $"Status of {context.GetOption("server")}" }, cancellationToken);
    }

    public Task<IReadOnlyList<ApplicationCommandChoice>> AutocompleteAsync(InteractionContext context, string optionName, string value, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ApplicationCommandChoice>>([new ApplicationCommandChoice { Name = $"{optionName}:{value}", Value = value }]);
}

internal sealed class CommandGate
{
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public bool Fail { get; set; }
}

/// <summary>Handles <c>power:*</c> buttons by updating the message with the arguments it received.</summary>
internal sealed class PowerButtons : IComponentHandler
{
    public string CustomIdPrefix => "power";

    public Task HandleAsync(ComponentContext context, CancellationToken cancellationToken) =>
        context.UpdateMessageAsync(new MessageProperties { Content = string.Join('|', context.Arguments) }, cancellationToken);
}

internal static class TestInteractions
{
    public static Interaction Command(ulong id, string name = "status", string server = "5e8b2c41") => new()
    {
        Id = id,
        ApplicationId = 1310000000000000000,
        Type = InteractionType.ApplicationCommand,
        Token = $"token-{id}",
        Version = 1,
        Data = new InteractionData
        {
            Name = name,
            Options = [new InteractionOption { Name = "server", Type = ApplicationCommandOptionType.String, Value = System.Text.Json.JsonSerializer.SerializeToElement(server) }],
        },
    };

    public static Interaction Button(ulong id, string customId) => new()
    {
        Id = id,
        ApplicationId = 1310000000000000000,
        Type = InteractionType.MessageComponent,
        Token = $"token-{id}",
        Version = 1,
        Data = new InteractionData { CustomId = customId, ComponentType = ComponentType.Button },
    };
}
