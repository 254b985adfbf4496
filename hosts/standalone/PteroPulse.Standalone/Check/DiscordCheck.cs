using Microsoft.Extensions.Options;
using PteroPulse.Discord;
using PteroPulse.Discord.Interactions;
using PteroPulse.DiscordGateway;

namespace PteroPulse.Standalone.Check;

/// <summary>
/// Discord, live: the token (GET /users/@me), the application it belongs to (GET /applications/@me), then the
/// guilds and channels through <see cref="DiscordPlacesCheck"/>.
/// </summary>
internal static class DiscordCheck
{
    private const string Token = "Discord token";
    private const string Application = "Discord application";

    public static async Task RunAsync(IServiceProvider services, CheckReport report, CancellationToken cancellationToken)
    {
        DiscordGatewayOptions bot;
        DiscordOptions rest;
        DiscordInteractionsOptions interactions;
        try
        {
            bot = services.GetRequiredService<IOptions<DiscordGatewayOptions>>().Value;
            rest = services.GetRequiredService<IOptions<DiscordOptions>>().Value;
            interactions = services.GetRequiredService<IOptions<DiscordInteractionsOptions>>().Value;
        }
        catch (OptionsValidationException)
        {
            await report.SkipAsync("Discord", "the Discord section is invalid");
            return;
        }

        using var probe = new DiscordProbe(rest.RestBaseUrl, rest.Token, rest.UserAgent);
        var me = await probe.GetAsync("users/@me", cancellationToken);
        if (!await ReportTokenAsync(me, rest.RestBaseUrl, report))
        {
            return;
        }

        var application = await probe.GetAsync("applications/@me", cancellationToken);
        var applicationId = await ReportApplicationAsync(application, bot, interactions, report);
        var botUserId = Snowflake.Read(me.Body!["id"]);
        var places = new DiscordPlacesCheck(probe, report, botUserId, applicationId == 0 ? bot.ApplicationId : applicationId);
        await places.RunAsync(bot, services, cancellationToken);
    }

    private static async Task<bool> ReportTokenAsync(DiscordAnswer me, string restBaseUrl, CheckReport report)
    {
        if (me.Status == 0)
        {
            await report.FailAsync("Discord", me.Detail, $"check this machine's internet access and Discord__RestBaseUrl ({restBaseUrl})");
            return false;
        }

        if (me.Status == 401)
        {
            await report.FailAsync(Token, "Discord refused it (401 Unauthorized)",
                "Developer Portal → your application → Bot → Reset Token, then set Discord__Token to it (without \"Bot \")");
            return false;
        }

        if (!me.IsOk)
        {
            await report.FailAsync(Token, $"GET /users/@me answered {me.Describe()}", "run --check again in a minute");
            return false;
        }

        if (me.Body!["bot"]?.GetValue<bool>() != true)
        {
            await report.FailAsync(Token, "it belongs to a user account, not a bot", "use the token from your application's Bot page");
            return false;
        }

        await report.PassAsync(Token, $"valid: the bot is {me.Body["username"]} ({me.Body["id"]})");
        return true;
    }

    /// <summary>Returns the application's id, or 0 when Discord did not tell.</summary>
    private static async Task<ulong> ReportApplicationAsync(DiscordAnswer application, DiscordGatewayOptions bot, DiscordInteractionsOptions interactions, CheckReport report)
    {
        if (!application.IsOk)
        {
            await report.FailAsync(Application, $"GET /applications/@me answered {application.Describe()}", "run --check again in a minute");
            return 0;
        }

        var id = Snowflake.Read(application.Body!["id"]);
        var name = application.Body["name"]?.ToString() ?? "?";
        if (bot.ApplicationId != 0 && bot.ApplicationId != id)
        {
            await report.FailAsync(Application, $"Discord__ApplicationId is {bot.ApplicationId}, but the token belongs to application {name} ({id})",
                $"set Discord__ApplicationId={id}, or leave it empty to read it from Discord");
            return id;
        }

        var verifyKey = application.Body["verify_key"]?.ToString() ?? "";
        if (interactions.PublicKey.Length > 0 && !string.Equals(interactions.PublicKey, verifyKey, StringComparison.OrdinalIgnoreCase))
        {
            await report.FailAsync(Application, $"Discord__Interactions__PublicKey is not the public key of application {name}",
                "copy the Public Key from the Developer Portal's General Information page");
            return id;
        }

        await report.PassAsync(Application, bot.ApplicationId == 0
            ? $"{name} ({id}); Discord__ApplicationId is not set, so it is read from Discord"
            : $"{name} ({id}) matches Discord__ApplicationId");
        return id;
    }
}
