using MassTransit;
using PteroPulse.Contracts;
using PteroPulse.Poller.Logging;
using PteroPulse.Poller.Polling;
using PteroPulse.Poller.Pterodactyl;

namespace PteroPulse.Poller.Consumers;

/// <summary>
/// Carries out <see cref="SendPowerSignal"/>: checks the signal, calls the panel, answers accepted or rejected with
/// the panel's reason, then follows the server closely until its state settles.
/// </summary>
public sealed class SendPowerSignalConsumer(
    IPterodactylClient client, ServerCatalog catalog, PowerSignalFollowUp followUp, TimeProvider time, ILogger<SendPowerSignalConsumer> logger)
    : IConsumer<SendPowerSignal>
{
    public async Task Consume(ConsumeContext<SendPowerSignal> context)
    {
        var message = context.Message;
        var requestedBy = message.RequestedBy ?? "unknown";
        if (!Enum.IsDefined(message.Signal))
        {
            await RejectAsync(context, PowerSignalRejection.InvalidSignal, $"'{message.Signal}' is not a power signal; use start, stop, restart or kill.", requestedBy);
            return;
        }

        var server = catalog.Find(message.ServerId);
        var result = await client.SendPowerSignalAsync(server?.Identifier ?? message.ServerId, PowerSignalReplies.ApiName(message.Signal), context.CancellationToken);
        if (!result.IsOk)
        {
            await RejectAsync(context, PowerSignalReplies.ReasonOf(result), result.Detail, requestedBy);
            return;
        }

        PollerLog.PowerSignal(logger, message.Signal, message.ServerId, requestedBy, "accepted");
        await context.RespondAsync(new PowerSignalAccepted { ServerId = message.ServerId, Signal = message.Signal, AcceptedAt = time.GetUtcNow() });
        if (server is not null)
        {
            _ = followUp.Start(server, message.Signal);
        }
    }

    private async Task RejectAsync(ConsumeContext<SendPowerSignal> context, PowerSignalRejection reason, string detail, string requestedBy)
    {
        var message = context.Message;
        PollerLog.PowerSignal(logger, message.Signal, message.ServerId, requestedBy, $"rejected ({reason}: {detail})");
        await context.RespondAsync(new PowerSignalRejected { ServerId = message.ServerId, Signal = message.Signal, Reason = reason, Detail = detail });
    }
}

public sealed class SendPowerSignalConsumerDefinition : ConsumerDefinition<SendPowerSignalConsumer>
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<SendPowerSignalConsumer> consumerConfigurator, IRegistrationContext context)
    {
        // Never resend a power signal on redelivery: a second restart is not harmless. Every refusal is answered instead.
        endpointConfigurator.UseMessageRetry(r => r.None());
    }
}
