using Microsoft.Extensions.Options;
using PteroPulse.Discord.Models;
using PteroPulse.Discord.Rest;
using PteroPulse.DiscordGateway.Logging;

namespace PteroPulse.DiscordGateway.Alerts;

/// <summary>Posts alerts to the alert channel, mentioning the alert role for new problems (not for recoveries).</summary>
public sealed class AlertNotifier(IDiscordRestClient rest, IOptionsMonitor<DiscordGatewayOptions> options, ILogger<AlertNotifier> logger)
{
    public async Task PostAsync(IEnumerable<ServerAlert> alerts, CancellationToken cancellationToken = default)
    {
        var settings = options.CurrentValue.Alerts;
        foreach (var alert in alerts)
        {
            GatewayLog.AlertRaised(logger, alert.ServerId, alert.Kind.ToString(), alert.IsRecovery ? "recovered" : "raised");
            if (!settings.Enabled)
            {
                continue;
            }

            var mention = !alert.IsRecovery && settings.MentionRoleId != 0 ? $"<@&{settings.MentionRoleId}> " : "";
            try
            {
                await rest.CreateMessageAsync(settings.ChannelId, new MessageProperties
                {
                    Content = $"{mention}{alert.Text}",
                    AllowedMentions = mention.Length > 0 ? new AllowedMentions { Parse = [], Roles = [settings.MentionRoleId] } : AllowedMentions.None,
                }, cancellationToken);
            }
            catch (Exception ex) when (ex is DiscordRestException or HttpRequestException)
            {
                GatewayLog.PostFailed(logger, ex, settings.ChannelId);
            }
        }
    }
}
