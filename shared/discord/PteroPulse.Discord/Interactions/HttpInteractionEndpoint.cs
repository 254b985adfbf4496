using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PteroPulse.Discord.Json;
using PteroPulse.Discord.Models;
using PteroPulse.Discord.Rest;

namespace PteroPulse.Discord.Interactions;

/// <summary>
/// Discord's HTTP interactions: verifies the Ed25519 signature over timestamp + raw body (401 when missing, bad or
/// stale), answers PING with PONG, and hands everything else to the same dispatcher as the gateway, answering inline.
/// </summary>
internal sealed class HttpInteractionEndpoint(
    IInteractionSignatureVerifier verifier,
    IInteractionDispatcher dispatcher,
    IDiscordRestClient rest,
    IOptions<DiscordInteractionsOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<HttpInteractionEndpoint> logger)
{
    // Interactions are small; anything larger is not from Discord.
    private const int MaxBodyBytes = 1 << 20;

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var request = http.Request;
        if (options.Value.PublicKey.Length == 0)
        {
            return Refuse("no public key configured; set Discord__Interactions__PublicKey to the application's public key");
        }

        var signature = request.Headers["X-Signature-Ed25519"].ToString();
        var timestamp = request.Headers["X-Signature-Timestamp"].ToString();
        if (signature.Length == 0 || timestamp.Length == 0)
        {
            return Refuse("missing signature headers");
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || (time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799))).Duration() > options.Value.MaxTimestampAge)
        {
            return Refuse("stale or invalid timestamp");
        }

        var body = await ReadBodyAsync(request, http.RequestAborted);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (!verifier.Verify(signature, timestamp, body))
        {
            return Refuse("bad signature");
        }

        Interaction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize<Interaction>(body, DiscordJson.Options);
        }
        catch (JsonException)
        {
            interaction = null;
        }

        if (interaction is null)
        {
            return Results.BadRequest(new { message = "The body is not an interaction." });
        }

        return interaction.Type == InteractionType.Ping
            ? CallbackResult(InteractionCallback.Pong)
            : await DispatchAsync(http, interaction);
    }

    private async Task<IResult> DispatchAsync(HttpContext http, Interaction interaction)
    {
        var responder = new HttpInlineResponder(rest);
        // The handler outlives this request (its answer may edit @original later), so it runs on the host's token.
        var work = Task.Run(() => dispatcher.DispatchAsync(interaction, responder, lifetime.ApplicationStopping), CancellationToken.None);
        var first = await Task.WhenAny(responder.Initial, work).WaitAsync(http.RequestAborted);
        http.Response.OnCompleted(() =>
        {
            responder.MarkWritten();
            return Task.CompletedTask;
        });
        if (first != responder.Initial)
        {
            // The dispatcher returned without answering: a repeated delivery of an interaction already handled.
            responder.MarkWritten();
            return Results.Conflict(new { message = "This interaction was already handled." });
        }

        var callback = await responder.Initial;
        return callback is null ? Results.Accepted() : CallbackResult(callback);
    }

    private static IResult CallbackResult(InteractionCallback callback) =>
        Results.Content(RestContent.Callback(callback).PayloadJson, "application/json");

    private IResult Refuse(string reason)
    {
        InteractionLog.Refused(logger, reason);
        return Results.Unauthorized();
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
