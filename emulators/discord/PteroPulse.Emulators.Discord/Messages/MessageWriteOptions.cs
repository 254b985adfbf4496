using PteroPulse.Emulators.Discord.State;

namespace PteroPulse.Emulators.Discord.Messages;

/// <summary>Who writes a message and how: a bot through /channels (permissions apply) or an interaction webhook.</summary>
public sealed record MessageWriteOptions
{
    public bool CheckChannelPermissions { get; init; } = true;

    public int Type { get; init; }

    public ulong? WebhookId { get; init; }

    public InteractionState? Interaction { get; init; }

    public ulong? VisibleOnlyTo { get; init; }
}
