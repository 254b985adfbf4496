using System.Text.Json;
using PteroPulse.Emulators.Panel.Model;

namespace PteroPulse.Emulators.Panel.Http;

/// <summary>The client API routes PteroPulse uses (routes/api-client.php).</summary>
internal static class ClientEndpoints
{
    private static readonly string[] Signals = ["start", "stop", "restart", "kill"];

    public static void Map(IEndpointRouteBuilder routes)
    {
        var client = routes.MapGroup("/api/client").AddEndpointFilter(new ApiGate(ApiBucket.Client));
        client.MapGet("", List);
        client.MapGet("/account", Account);
        client.MapGet("/servers/{server}", Detail).WithMetadata(new StateCheckMetadata(StateCheck.Never));
        client.MapGet("/servers/{server}/resources", ResourcesAsync);
        client.MapPost("/servers/{server}/power", PowerAsync);
        client.MapPost("/servers/{server}/command", CommandAsync);
        client.MapGet("/servers/{server}/websocket", Websocket).WithMetadata(new StateCheckMetadata(StateCheck.Websocket));
    }

    private static IResult List(HttpContext http, PanelEmulator panel, string? type)
    {
        var caller = Caller.Of(http);
        var visible = ServerQuery.Filter(ServerQuery.Visible(panel.Fleet.Servers, caller.User, type), http.Request.Query, out var unknown);
        if (unknown.Count > 0)
        {
            var names = string.Join(", ", unknown);
            return PanelResponses.Error(http, 400, "InvalidFilterQuery",
                $"Requested filter(s) `{names}` are not allowed. Allowed filter(s) are `uuid, name, description, external_id, *`.");
        }

        var (page, meta) = Pagination.Apply(http, visible, panel.Options.PublicUrl, client: true);
        var data = page.Select(s => ClientTransformer.Server(s, caller with { Server = s }));
        return PanelResponses.Data(new { @object = "list", data, meta });
    }

    private static IResult Account(HttpContext http)
    {
        var user = Caller.Of(http).User;
        return PanelResponses.Data(new
        {
            @object = "user",
            attributes = new
            {
                id = user.Id, admin = user.RootAdmin, username = user.Username, email = $"{user.Username}@example.org",
                first_name = user.Username, last_name = "Example", language = "en",
            },
        });
    }

    private static IResult Detail(HttpContext http)
    {
        var caller = Caller.Of(http);
        var server = (Dictionary<string, object>)JsonSerializer.SerializeToElement(ClientTransformer.Server(caller.Server!, caller), PanelResponses.Json)
            .Deserialize<Dictionary<string, object>>()!;
        server["meta"] = new { is_server_owner = caller.Server!.OwnerId == caller.User.Id, user_permissions = caller.Permissions() };
        return PanelResponses.Data(server);
    }

    private static async Task<IResult> ResourcesAsync(HttpContext http, PanelEmulator panel)
    {
        var server = Caller.Of(http).Server!;
        if (panel.Options.Flavor == PanelFlavor.Pelican && server.Node.Fault != NodeFault.None)
        {
            // Pelican's getDetails() gives up after 1 s, swallows the error and reports "missing" with a 200.
            await panel.Requests.DelayAsync(TimeSpan.FromMilliseconds(Math.Min(1000, server.Node.FaultDelay.TotalMilliseconds)), panel.Time, http.RequestAborted);
            return PanelResponses.Data(ClientTransformer.Stats(new ResourceSnapshot("missing", 0, 0, 0, 0, 0, 0), false));
        }

        var failure = await WingsErrors.CheckAsync(http, panel, server.Node, passThroughStatus: false);
        return failure ?? PanelResponses.Data(ClientTransformer.Stats(panel.Resources.GetOrAdd(server), false));
    }

    private static async Task<IResult> PowerAsync(HttpContext http, PanelEmulator panel)
    {
        var caller = Caller.Of(http);
        var (body, malformed) = await RequestBody.ReadAsync(http);
        if (malformed is not null)
        {
            return malformed;
        }

        var signal = body.TryGetValue("signal", out var value) ? value : null;
        var permission = signal switch
        {
            "start" => "control.start",
            "stop" or "kill" => "control.stop",
            "restart" => "control.restart",
            _ => "control.impossible",
        };
        if (!caller.Can(permission))
        {
            return PanelResponses.Forbidden(http, "This action is unauthorized.");
        }

        if (string.IsNullOrEmpty(signal) || !Signals.Contains(signal))
        {
            var (detail, rule) = string.IsNullOrEmpty(signal) ? ("The signal field is required.", "required") : ("The selected signal is invalid.", "in");
            return PanelResponses.Error(http, 422, "ValidationException", detail, new { source_field = "signal", rule });
        }

        var failure = await WingsErrors.CheckAsync(http, panel, caller.Server!.Node, passThroughStatus: true);
        if (failure is not null)
        {
            return failure;
        }

        caller.Server.Power.Signal(signal, panel.Time.GetUtcNow());
        return Results.NoContent();
    }

    private static async Task<IResult> CommandAsync(HttpContext http, PanelEmulator panel)
    {
        var caller = Caller.Of(http);
        var (body, malformed) = await RequestBody.ReadAsync(http);
        if (malformed is not null)
        {
            return malformed;
        }

        if (!caller.Can("control.console"))
        {
            return PanelResponses.Forbidden(http, "This action is unauthorized.");
        }

        if (!body.TryGetValue("command", out var command) || string.IsNullOrEmpty(command))
        {
            return PanelResponses.Error(http, 422, "ValidationException", "The command field is required.", new { source_field = "command", rule = "required" });
        }

        var failure = await WingsErrors.CheckAsync(http, panel, caller.Server!.Node, passThroughStatus: true);
        if (failure is not null)
        {
            return failure;
        }

        return caller.Server.StateAt(panel.Time.GetUtcNow()) == PowerStates.Running
            ? Results.NoContent()
            : PanelResponses.Error(http, 502, "HttpException", "Server must be online in order to send commands.");
    }

    private static IResult Websocket(HttpContext http, PanelEmulator panel)
    {
        var caller = Caller.Of(http);
        if (!caller.Can("websocket.connect") && !caller.Permissions().Contains("websocket.connect"))
        {
            return PanelResponses.Error(http, 403, "HttpForbiddenException", "You do not have permission to connect to this server's websocket.");
        }

        var issuer = panel.Options.PublicUrl.Length > 0 ? panel.Options.PublicUrl.TrimEnd('/') : $"{http.Request.Scheme}://{http.Request.Host}";
        return PanelResponses.Data(WebsocketTokens.Create(caller.Server!, caller, issuer, panel.Time.GetUtcNow()));
    }
}
