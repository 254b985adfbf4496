using System.Globalization;
using PteroPulse.Emulators.Panel.Model;

namespace PteroPulse.Emulators.Panel.Http;

/// <summary>
/// The panel's middleware chain, in its order: authentication (401), throttle (429), route binding (404),
/// application-key rejection (403), server access (404) and state (409). Every answer after authentication carries
/// the rate-limit headers; a 401 carries none and costs nothing.
/// </summary>
internal sealed class ApiGate(ApiBucket bucket) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var panel = http.RequestServices.GetRequiredService<PanelEmulator>();
        var key = Authenticate(http, panel);
        if (key is null)
        {
            return PanelResponses.Error(http, 401, "AuthenticationException", "Unauthenticated.");
        }

        var limit = bucket == ApiBucket.Client ? panel.ClientRateLimit : panel.ApplicationRateLimit;
        var decision = panel.RateLimiter.Hit($"{bucket}:{key.User.Uuid}", limit, panel.Options.RateLimitWindow);
        http.Response.Headers["X-RateLimit-Limit"] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers["X-RateLimit-Remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        if (!decision.Allowed)
        {
            var seconds = (int)Math.Clamp(Math.Ceiling(decision.RetryAfter.TotalSeconds), 1, 3600);
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            http.Response.Headers["X-RateLimit-Reset"] = decision.ResetAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            return PanelResponses.Error(http, 429, "ThrottleRequestsException", "Too Many Attempts.");
        }

        var refusal = bucket == ApiBucket.Client ? CheckClient(http, panel, key) : CheckApplication(http, key);
        return refusal ?? await next(context);
    }

    private static EmulatedApiKey? Authenticate(HttpContext http, PanelEmulator panel)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal) ? panel.Fleet.FindKey(header["Bearer ".Length..].Trim()) : null;
    }

    private static IResult? CheckApplication(HttpContext http, EmulatedApiKey key)
    {
        if (!key.User.RootAdmin)
        {
            return PanelResponses.Forbidden(http, "This account does not have permission to access the API.");
        }

        new Caller(key, null).Attach(http);
        return null;
    }

    private static IResult? CheckClient(HttpContext http, PanelEmulator panel, EmulatedApiKey key)
    {
        EmulatedServer? server = null;
        if (http.GetRouteValue("server") is string id)
        {
            server = panel.Fleet.Find(id);
            if (server is null)
            {
                return PanelResponses.NotFound(http);
            }
        }

        if (key.Kind == ApiKeyKind.Application)
        {
            return PanelResponses.Forbidden(http, "You are attempting to use an application API key on an endpoint that requires a client API key.");
        }

        var caller = new Caller(key, server);
        caller.Attach(http);
        if (server is null)
        {
            return null;
        }

        var user = key.User;
        if (server.OwnerId != user.Id && !user.RootAdmin && !user.Subuser.ContainsKey(server.InternalId))
        {
            return PanelResponses.Error(http, 404, "NotFoundHttpException", "The requested resource does not exist on this server.");
        }

        var check = http.GetEndpoint()?.Metadata.GetMetadata<StateCheckMetadata>()?.Check ?? StateCheck.Always;
        var conflict = ConflictOf(server, check, user.RootAdmin);
        return conflict is null ? null : PanelResponses.Error(http, 409, "ServerStateConflictException", conflict);
    }

    /// <summary>Priority when several hold: suspended, maintenance, not installed, restoring, transferring.</summary>
    private static string? ConflictOf(EmulatedServer server, StateCheck check, bool rootAdmin)
    {
        if (check == StateCheck.Never)
        {
            return null;
        }

        var adminPass = check == StateCheck.Websocket && rootAdmin;
        return server switch
        {
            { Status: "suspended" } => "This server is currently suspended and the functionality requested is unavailable.",
            { Node.MaintenanceMode: true } => "The node of this server is currently under maintenance and the functionality requested is unavailable.",
            { Status: "installing" or "install_failed" } when !adminPass => "This server has not yet completed its installation process, please try again later.",
            { Status: "restoring_backup" } when !adminPass => "This server is currently restoring from a backup, please try again later.",
            { IsTransferring: true } when !adminPass => "This server is currently being transferred to a new machine, please try again later.",
            _ => null,
        };
    }
}
