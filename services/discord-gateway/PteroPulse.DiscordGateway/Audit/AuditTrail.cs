using Microsoft.Extensions.Options;
using PteroPulse.Discord.Models;
using PteroPulse.Discord.Rest;
using PteroPulse.DiscordGateway.Logging;

namespace PteroPulse.DiscordGateway.Audit;

/// <summary>
/// The audit channel: who pressed what on which server and what the panel said, and embed problems an admin must fix.
/// Optional; a failure to post is logged, never thrown, since the audit must not break the action it records.
/// </summary>
public sealed class AuditTrail(IDiscordRestClient rest, IOptionsMonitor<DiscordGatewayOptions> options, ILogger<AuditTrail> logger)
{
    public async Task PostAsync(string text, CancellationToken cancellationToken = default)
    {
        var channelId = options.CurrentValue.AuditChannelId;
        if (channelId == 0)
        {
            return;
        }

        try
        {
            await rest.CreateMessageAsync(channelId, new MessageProperties
            {
                Content = text.Length <= 2000 ? text : string.Concat(text.AsSpan(0, 1999), "…"),
                AllowedMentions = AllowedMentions.None,
                Flags = MessageFlags.SuppressNotifications,
            }, cancellationToken);
        }
        catch (Exception ex) when (ex is DiscordRestException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            GatewayLog.PostFailed(logger, ex, channelId);
        }
    }
}
