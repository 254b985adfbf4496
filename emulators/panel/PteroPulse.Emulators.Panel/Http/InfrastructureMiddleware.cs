namespace PteroPulse.Emulators.Panel.Http;

/// <summary>
/// What stands in front of the panel's PHP: logs every /api answer and injects infrastructure faults (a Cloudflare
/// page, a 500, maintenance, a slow or truncated answer) before the panel itself sees the request.
/// </summary>
internal static class InfrastructureMiddleware
{
    public static async Task InvokeAsync(HttpContext http, Func<Task> next)
    {
        if (!http.Request.Path.StartsWithSegments("/api"))
        {
            await next();
            return;
        }

        var panel = http.RequestServices.GetRequiredService<PanelEmulator>();
        panel.Requests.Started();
        try
        {
            await ServeAsync(http, panel, next);
        }
        finally
        {
            panel.Requests.Finished(new LoggedRequest(panel.Time.GetUtcNow(), http.Request.Method, http.Request.Path, http.Response.StatusCode));
        }
    }

    private static async Task ServeAsync(HttpContext http, PanelEmulator panel, Func<Task> next)
    {
        switch (panel.Faults.Take())
        {
            case InfrastructureFault.Slow:
                await panel.Requests.DelayAsync(panel.Faults.Delay, panel.Time, http.RequestAborted);
                await next();
                break;
            case InfrastructureFault.ServerError:
                await PanelResponses.Error(http, 500, "QueryException", "An unexpected error was encountered while processing this request, please try again.").ExecuteAsync(http);
                break;
            case InfrastructureFault.Maintenance:
                await PanelResponses.Error(http, 503, "HttpException", "Service Unavailable").ExecuteAsync(http);
                break;
            case InfrastructureFault.CloudflareBadGateway:
                http.Response.Headers["cf-ray"] = "8f1e2d3c4b5a6978-FRA";
                http.Response.Headers.Server = "cloudflare";
                await Results.Content(CloudflarePages.BadGateway, "text/html; charset=UTF-8", statusCode: 502).ExecuteAsync(http);
                break;
            case InfrastructureFault.CloudflareChallenge:
                http.Response.Headers["cf-mitigated"] = "challenge";
                http.Response.Headers["cf-ray"] = "8f1e2d3c4b5a6979-FRA";
                http.Response.Headers.Server = "cloudflare";
                await Results.Content(CloudflarePages.Challenge, "text/html; charset=UTF-8", statusCode: 403).ExecuteAsync(http);
                break;
            case InfrastructureFault.MalformedJson:
                await Results.Content("{\"object\":\"list\",\"data\":[{\"object\":\"server\",\"attri", "application/json", statusCode: 200).ExecuteAsync(http);
                break;
            default:
                await next();
                break;
        }
    }
}
