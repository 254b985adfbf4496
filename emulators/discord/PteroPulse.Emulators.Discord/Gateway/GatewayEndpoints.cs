namespace PteroPulse.Emulators.Discord.Gateway;

/// <summary>The gateway WebSocket, at the URL GET /gateway returns and at the separate resume URL.</summary>
public static class GatewayEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.Map("/gateway", AcceptAsync);
        app.Map("/gateway-resume", AcceptAsync);
    }

    private static async Task AcceptAsync(HttpContext context, GatewayEnvironment env)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        var query = context.Request.Query;
        var compress = query["compress"].ToString();
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var connection = new GatewayConnection(socket, compress == "zlib-stream", env);
        if (query["v"].ToString() is { Length: > 0 } version && version != "10")
        {
            connection.Close(GatewayCloseCodes.InvalidApiVersion);
        }
        else if (query["encoding"].ToString() is { Length: > 0 } encoding && encoding != "json")
        {
            // ETF is not emulated; a client asking for it gets a decode error rather than silent JSON.
            connection.Close(GatewayCloseCodes.DecodeError);
        }

        await connection.RunAsync(context.RequestAborted);
    }
}
