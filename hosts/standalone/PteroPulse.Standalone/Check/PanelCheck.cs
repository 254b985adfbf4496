using Microsoft.Extensions.Options;
using PteroPulse.Poller.Pterodactyl;

namespace PteroPulse.Standalone.Check;

/// <summary>
/// The panel, live, through the poller's own client (same headers, same answer classification): reachable and
/// answering JSON, the key a client key the panel accepts, and which servers it can see.
/// </summary>
internal static class PanelCheck
{
    private const string Panel = "Panel";
    private const string Key = "Panel key";
    private const string Servers = "Servers";
    private const string NewKey = "create a client key under Account → API Credentials (ptlc_…) and set Pterodactyl__ApiKey";

    public static async Task RunAsync(IServiceProvider services, CheckReport report, CancellationToken cancellationToken)
    {
        PterodactylOptions options;
        try
        {
            options = services.GetRequiredService<IOptions<PterodactylOptions>>().Value;
        }
        catch (OptionsValidationException)
        {
            await report.SkipAsync(Panel, "the Pterodactyl section is invalid");
            return;
        }

        var client = services.GetRequiredService<IPterodactylClient>();
        var account = await client.GetAccountAsync(cancellationToken);
        if (!await ReportAccountAsync(account, options.Url, report))
        {
            return;
        }

        var admin = account.Value!.Admin;
        var servers = await client.ListServersAsync(admin, cancellationToken);
        if (!servers.IsOk)
        {
            await report.FailAsync(Servers, $"listing the servers failed: {servers.Detail}", "run --check again; if it persists, check the panel's logs");
        }
        else if (servers.Value!.Count == 0)
        {
            await report.FailAsync(Servers, "the key sees no servers", admin
                ? "create a server on the panel first"
                : "use the key of an account that owns the servers, is a subuser on them, or is a root admin (sees all with type=admin-all)");
        }
        else
        {
            await report.PassAsync(Servers, admin
                ? $"the key sees {servers.Value.Count} servers with type=admin-all (every server on the panel)"
                : $"the key sees {servers.Value.Count} servers (its account's own and those it is a subuser of; a root admin's key would see every server)");
        }
    }

    /// <summary>Reports the panel and the key from GET /api/client/account; true when both are fine.</summary>
    private static async Task<bool> ReportAccountAsync(PanelResult<PanelAccount> account, string url, CheckReport report)
    {
        switch (account.Outcome)
        {
            case PanelOutcome.Ok:
                await report.PassAsync(Panel, $"{url} answers with JSON");
                var who = account.Value!;
                await report.PassAsync(Key, $"a client key of {who.Username}{(who.Admin ? " (root admin)" : "")}, accepted");
                return true;
            case PanelOutcome.Unauthorized:
                await report.PassAsync(Panel, $"{url} answers with JSON");
                await report.FailAsync(Key, "the panel refused it (401: wrong, revoked or deleted)", NewKey);
                return false;
            case PanelOutcome.WrongKeyType:
                await report.PassAsync(Panel, $"{url} answers with JSON");
                await report.FailAsync(Key, "it is an application key; the bot needs a client key", NewKey);
                return false;
            case PanelOutcome.Forbidden:
                await report.PassAsync(Panel, $"{url} answers with JSON");
                await report.FailAsync(Key, $"the panel refused it: {account.Detail}",
                    "allow this machine's IP address on the key (or leave its allowed IPs empty), or set up 2FA if the panel demands it");
                return false;
            case PanelOutcome.PanelUnreachable:
                await report.FailAsync(Panel, account.Detail, $"check Pterodactyl__Url ({url}) and that this machine can reach it (DNS, firewall, TLS)");
                return false;
            case PanelOutcome.NotJson:
                await report.FailAsync(Panel, account.Detail,
                    "point Pterodactyl__Url at the panel itself; behind Cloudflare, exempt /api/* from challenges (a WAF skip rule)");
                return false;
            case PanelOutcome.RateLimited:
                await report.FailAsync(Panel, "the panel's rate limit is used up for this key", $"wait {account.RetryAfter?.TotalSeconds ?? 60:0} s and run --check again");
                return false;
            default:
                await report.FailAsync(Panel, $"the panel answered with an error: {account.Detail}", "check the panel's own logs (storage/logs) and run --check again");
                return false;
        }
    }
}
