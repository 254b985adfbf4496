using PteroPulse.Discord.Rest;
using PteroPulse.DiscordGateway.Logging;
using PteroPulse.DiscordGateway.Updates;

namespace PteroPulse.DiscordGateway.Locations;

/// <summary>
/// Start-up reconciliation: embeds deleted while the gateway was down are forgotten, embeds whose channel the bot lost
/// are paused, so the first state change after a restart edits only messages that still exist.
/// </summary>
public sealed class EmbedReconciler(IDiscordRestClient rest, IEmbedLocationStore store, ILogger<EmbedReconciler> logger)
{
    public async Task<(int Kept, int Forgotten, int Paused)> ReconcileAsync(CancellationToken cancellationToken)
    {
        var (kept, forgotten, paused) = (0, 0, 0);
        foreach (var location in await store.GetAllAsync(cancellationToken))
        {
            try
            {
                await rest.GetMessageAsync(location.ChannelId, location.MessageId, cancellationToken);
                kept++;
            }
            catch (DiscordRestException ex) when (ex.Code is DiscordErrorCodes.UnknownMessage or DiscordErrorCodes.UnknownChannel)
            {
                forgotten += await store.RemoveAsync(location, cancellationToken) ? 1 : 0;
            }
            catch (DiscordRestException ex) when (ex.Code is DiscordErrorCodes.MissingAccess or DiscordErrorCodes.MissingPermissions)
            {
                paused += await store.SetPausedAsync(location, true, cancellationToken) ? 1 : 0;
            }
        }

        GatewayLog.Reconciled(logger, kept, forgotten, paused);
        return (kept, forgotten, paused);
    }
}
