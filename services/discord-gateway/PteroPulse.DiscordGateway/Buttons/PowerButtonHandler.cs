using MassTransit;
using PteroPulse.Contracts;
using PteroPulse.Discord.Interactions;
using PteroPulse.DiscordGateway.Access;
using PteroPulse.DiscordGateway.Audit;
using PteroPulse.DiscordGateway.Embeds;
using PteroPulse.DiscordGateway.Logging;
using PteroPulse.DiscordGateway.Servers;

namespace PteroPulse.DiscordGateway.Buttons;

/// <summary>
/// Start, Stop and Restart. The custom_id is only a request: the guild, the member's roles and a cooldown decide,
/// and only then does the poller get a SendPowerSignal. The press is answered at once; the embed shows the outcome
/// when the poller reports the new state.
/// </summary>
public sealed class PowerButtonHandler(
    AccessPolicy access,
    PowerCooldown cooldown,
    ServerDirectory directory,
    IRequestClient<SendPowerSignal> powerClient,
    AuditTrail audit,
    ILogger<PowerButtonHandler> logger) : IComponentHandler
{
    public string CustomIdPrefix => "power";

    public async Task HandleAsync(ComponentContext context, CancellationToken cancellationToken)
    {
        var interaction = context.Interaction;
        if (!CustomIds.TryParse(context.CustomId, out var action, out var serverId) || action == ButtonAction.ShowAddress)
        {
            await context.ReplyEphemeralAsync("This button is not one of ours any more. Run /server_status again.", cancellationToken);
            return;
        }

        var member = interaction.ToMemberAccess();
        var decision = access.Authorize(action, interaction.GuildId, member, serverId);
        if (decision == AccessDecision.Allowed && !cooldown.TryPress(member.UserId, serverId, out var wait))
        {
            await context.ReplyEphemeralAsync(AccessReplies.For(AccessDecision.CoolingDown, wait), cancellationToken);
            return;
        }

        if (decision != AccessDecision.Allowed)
        {
            // Answer first: a denial needs no lookup, and the server may be one this guild must not even see named.
            GatewayLog.PowerPressed(logger, member.UserId, action.ToString(), serverId, $"denied ({decision})");
            await context.ReplyEphemeralAsync(AccessReplies.For(decision), cancellationToken);
            await audit.PostAsync($"🚫 <@{member.UserId}> pressed **{action}** on `{serverId}`: denied ({decision}).", cancellationToken);
            return;
        }

        var name = directory.KnownName(serverId) ?? serverId;
        await context.ReplyEphemeralAsync($"{Verb(action)} **{name}** …", cancellationToken);
        var outcome = await SendAsync(action, serverId, member.UserId, cancellationToken);
        GatewayLog.PowerPressed(logger, member.UserId, action.ToString(), serverId, outcome.Audit);
        await context.ReplyEphemeralAsync(outcome.Reply.Replace("{name}", name, StringComparison.Ordinal), cancellationToken);
        await audit.PostAsync($"🔌 <@{member.UserId}> pressed **{action}** on **{name}** (`{serverId}`): {outcome.Audit}.", cancellationToken);
    }

    private async Task<(string Reply, string Audit)> SendAsync(ButtonAction action, string serverId, ulong userId, CancellationToken cancellationToken)
    {
        var signal = action switch
        {
            ButtonAction.Start => PowerSignal.Start,
            ButtonAction.Stop => PowerSignal.Stop,
            _ => PowerSignal.Restart,
        };
        try
        {
            var response = await powerClient.GetResponse<PowerSignalAccepted, PowerSignalRejected>(
                new SendPowerSignal { ServerId = serverId, Signal = signal, RequestedBy = userId.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                cancellationToken);
            return response.Is(out Response<PowerSignalRejected>? rejected)
                ? ($"❌ The panel refused to {signal.ToString().ToLowerInvariant()} **{{name}}**: {rejected.Message.Detail}", $"rejected ({rejected.Message.Reason}: {rejected.Message.Detail})")
                : ($"✅ {signal} sent to **{{name}}**; its status embed follows the progress.", "accepted by the panel");
        }
        catch (RequestTimeoutException)
        {
            return ("⌛ The panel did not answer in time; the status embed shows whether the signal arrived.", "no answer in time");
        }
        catch (RequestFaultException)
        {
            return ("❌ The poller failed to pass the signal on; try again in a moment.", "failed in the poller");
        }
    }

    private static string Verb(ButtonAction action) => action switch
    {
        ButtonAction.Start => "▶️ Starting",
        ButtonAction.Stop => "⏹️ Stopping",
        _ => "🔄 Restarting",
    };
}
