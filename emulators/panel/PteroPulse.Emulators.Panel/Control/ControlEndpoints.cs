using System.Security.Cryptography;
using System.Text;
using PteroPulse.Emulators.Panel.Http;
using PteroPulse.Emulators.Panel.Model;

namespace PteroPulse.Emulators.Panel.Control;

/// <summary>
/// Faults on demand for tests and demos. Without the control token the routes answer 404, so a bot pointed at the
/// emulator cannot reach them by accident.
/// </summary>
internal static class ControlEndpoints
{
    private static readonly string[] Statuses = ["installing", "install_failed", "reinstall_failed", "suspended", "restoring_backup"];

    public static void Map(IEndpointRouteBuilder routes)
    {
        var control = routes.MapGroup("/_emulator").AddEndpointFilter(RequireToken);
        control.MapPost("/nodes/{name}", Node);
        control.MapPost("/servers/{id}", Server);
        control.MapPost("/faults", Faults);
        control.MapPost("/rate-limits", RateLimits);
        control.MapGet("/stats", (PanelEmulator panel) => Results.Ok(new { total = panel.Requests.Total, throttled = panel.Requests.Throttled }));
        control.MapGet("/keys", (PanelEmulator panel) => Results.Ok(new
        {
            adminClient = panel.AdminClientKey, adminApplication = panel.AdminApplicationKey, ownerClient = panel.OwnerClientKey, subuserClient = panel.SubuserClientKey,
        }));
    }

    private static async ValueTask<object?> RequireToken(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var panel = context.HttpContext.RequestServices.GetRequiredService<PanelEmulator>();
        var given = Encoding.UTF8.GetBytes(context.HttpContext.Request.Headers["X-Emulator-Token"].ToString());
        var expected = Encoding.UTF8.GetBytes(panel.ControlToken);
        return CryptographicOperations.FixedTimeEquals(given, expected) ? await next(context) : Results.NotFound();
    }

    private static IResult Node(PanelEmulator panel, string name, NodeControl body)
    {
        var node = panel.Fleet.FindNode(name);
        if (node is null)
        {
            return Results.NotFound(new { error = $"no node '{name}'" });
        }

        if (body.Fault is not null)
        {
            node.Fault = body.Fault switch
            {
                "none" => NodeFault.None,
                "offline" => NodeFault.Offline,
                "wings-error" => NodeFault.WingsError,
                _ => throw new BadHttpRequestException($"fault must be none, offline or wings-error, not '{body.Fault}'"),
            };
        }

        node.FaultDelay = body.DelaySeconds is { } delay ? TimeSpan.FromSeconds(delay) : node.FaultDelay;
        node.WingsErrorCode = body.WingsErrorCode ?? node.WingsErrorCode;
        node.MaintenanceMode = body.Maintenance ?? node.MaintenanceMode;
        return Results.NoContent();
    }

    private static IResult Server(PanelEmulator panel, string id, ServerControl body)
    {
        var server = panel.Fleet.Find(id);
        if (server is null)
        {
            return Results.NotFound(new { error = $"no server '{id}'" });
        }

        if (body.Status is not null)
        {
            if (body.Status.Length > 0 && !Statuses.Contains(body.Status))
            {
                return Results.BadRequest(new { error = $"status must be one of {string.Join(", ", Statuses)} or empty" });
            }

            server.Status = body.Status.Length == 0 ? null : body.Status;
        }

        server.IsTransferring = body.Transferring ?? server.IsTransferring;
        server.Name = body.Name ?? server.Name;
        if (body.Crash == true)
        {
            server.Power.Crash(panel.Time.GetUtcNow());
        }

        return Results.NoContent();
    }

    private static IResult Faults(PanelEmulator panel, FaultControl body)
    {
        if (!Enum.TryParse<InfrastructureFault>(body.Mode, ignoreCase: true, out var mode))
        {
            return Results.BadRequest(new { error = $"mode must be one of {string.Join(", ", Enum.GetNames<InfrastructureFault>())}" });
        }

        panel.Faults.Set(mode, body.Requests ?? -1, body.DelaySeconds is { } d ? TimeSpan.FromSeconds(d) : null);
        return Results.NoContent();
    }

    private static IResult RateLimits(PanelEmulator panel, RateLimitControl body)
    {
        panel.ClientRateLimit = body.Client ?? panel.ClientRateLimit;
        panel.ApplicationRateLimit = body.Application ?? panel.ApplicationRateLimit;
        return Results.NoContent();
    }
}
