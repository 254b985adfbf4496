using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using NSec.Cryptography;

namespace PteroPulse.Emulators.Discord.Tests.Support;

/// <summary>
/// A bot's HTTP interactions endpoint written from the docs (discord-api.md §4.1): verify Ed25519 over
/// timestamp + raw body, 401 when it fails, PONG for PING, otherwise the answer the test supplies.
/// </summary>
public sealed class InteractionEndpointServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InteractionEndpointServer(WebApplication app) => _app = app;

    public ConcurrentQueue<JsonObject> Received { get; } = new();

    private int _rejected;

    public int RejectedSignatures => Volatile.Read(ref _rejected);

    public string Url => _app.Urls.First() + "/interactions";

    /// <summary>Starts the endpoint; with <paramref name="inlineFile"/> the answer goes back as multipart carrying it as files[0].</summary>
    public static async Task<InteractionEndpointServer> StartAsync(string publicKeyHex, bool verifySignatures, Func<JsonObject, JsonObject> respond, byte[]? inlineFile = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var server = new InteractionEndpointServer(app);
        var key = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(publicKeyHex), KeyBlobFormat.RawPublicKey);
        app.MapPost("/interactions", async (HttpContext context) =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            var body = buffer.ToArray();
            var timestamp = context.Request.Headers["X-Signature-Timestamp"].ToString();
            var signature = context.Request.Headers["X-Signature-Ed25519"].ToString();
            if (verifySignatures && !Verify(key, timestamp, signature, body))
            {
                Interlocked.Increment(ref server._rejected);
                return Results.Unauthorized();
            }

            var interaction = JsonNode.Parse(body)!.AsObject();
            if (interaction["type"]!.GetValue<int>() == 1)
            {
                return Results.Json(new { type = 1 });
            }

            server.Received.Enqueue(interaction);
            if (inlineFile is null)
            {
                return Results.Text(respond(interaction).ToJsonString(), "application/json");
            }

            var multipart = Api.Multipart(respond(interaction).ToJsonString(), ("graph.png", inlineFile));
            return Results.Stream(await multipart.ReadAsStreamAsync(), multipart.Headers.ContentType!.ToString());
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        return server;
    }

    private static bool Verify(PublicKey key, string timestamp, string signatureHex, byte[] body)
    {
        if (signatureHex.Length != 128)
        {
            return false;
        }

        var message = Encoding.UTF8.GetBytes(timestamp).Concat(body).ToArray();
        return SignatureAlgorithm.Ed25519.Verify(key, message, Convert.FromHexString(signatureHex));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
