using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using PteroPulse.Emulators.Discord.Gateway;
using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Discord.Rest;
using PteroPulse.Emulators.Discord.State;
using PteroPulse.Emulators.Discord.Validation;

namespace PteroPulse.Emulators.Discord.Interactions;

/// <summary>
/// Sends an interaction to the bot: as INTERACTION_CREATE on the gateway, or, once an interactions endpoint URL is
/// set, as a signed HTTP POST (and then never on the gateway). An inline HTTP answer is applied like a callback.
/// </summary>
public sealed class InteractionDelivery(
    IHttpClientFactory httpClients,
    InteractionSigner signer,
    InteractionLifecycle lifecycle,
    GatewayHub hub,
    EmulatorState state,
    EmulatorClock clock,
    DiscordEmulatorOptions options,
    SpecValidator validator,
    ILogger<InteractionDelivery> logger)
{
    private int _deliveries;

    public const string HttpClientName = "discord-emulator-interactions";

    private const string CallbackSpecPath = "/interactions/{interaction_id}/{interaction_token}/callback";

    /// <summary>Set when the endpoint accepted a bad signature: Discord removes such a URL and stops delivering.</summary>
    public bool EndpointBroken { get; private set; }

    public EndpointVerification? LastVerification { get; private set; }

    public async Task<DeliveryResult> DeliverAsync(InteractionState interaction, CancellationToken cancellationToken)
    {
        DeliveryResult result;
        try
        {
            result = await SendAsync(interaction, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            result = new DeliveryResult(false, $"The interactions endpoint could not be reached: {e.Message}", null);
        }

        logger.InteractionDelivered(interaction.Id, interaction.Type, result.Delivered, result.Problem);
        return result;
    }

    private async Task<DeliveryResult> SendAsync(InteractionState interaction, CancellationToken cancellationToken)
    {
        if (options.InteractionsEndpointUrl is not { Length: > 0 } url)
        {
            JsonObject payload;
            lock (state.Gate)
            {
                payload = (JsonObject)interaction.Payload.DeepClone();
            }

            var sessions = hub.Dispatch("INTERACTION_CREATE", interaction.GuildId, payload);
            return new DeliveryResult(sessions > 0, sessions > 0 ? null : "No gateway session covers this guild's shard.", null);
        }

        var every = options.Interactions.BadSignatureProbeEvery;
        if (every > 0 && Interlocked.Increment(ref _deliveries) % every == 0)
        {
            await CheckBadSignatureAsync(cancellationToken);
        }

        if (EndpointBroken)
        {
            return new DeliveryResult(false, "The interactions endpoint accepted a bad signature and was disabled.", null);
        }

        var body = Encoding.UTF8.GetBytes(interaction.Payload.ToJsonString());
        using var response = await PostAsync(url, body, good: true, cancellationToken);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (response.StatusCode == HttpStatusCode.OK && mediaType is "application/json" or "multipart/form-data")
        {
            try
            {
                // An inline answer (JSON, or multipart with files) is held to the same rules as a REST callback.
                var answer = await RequestBody.ReadInlineAnswerAsync(await response.Content.ReadAsStreamAsync(cancellationToken), response.Content.Headers.ContentType?.ToString(), options.MaxFileBytes, cancellationToken);
                if (validator.Validate(CallbackSpecPath, "post", answer.Json) is { } errors)
                {
                    throw DiscordApiException.InvalidForm(errors);
                }

                lock (state.Gate)
                {
                    lifecycle.Respond(interaction, answer.Object, answer.Files);
                }
            }
            catch (DiscordApiException error)
            {
                return new DeliveryResult(false, $"Inline response rejected: {error.Code} {error.Message} {error.Errors?.ToJsonString()}", (int)response.StatusCode);
            }
        }

        var ok = response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted or HttpStatusCode.NoContent;
        return new DeliveryResult(ok, ok ? null : $"Endpoint answered {(int)response.StatusCode}.", (int)response.StatusCode);
    }

    /// <summary>PING with a good signature (must get 200 {"type":1} as JSON), then one with a bad signature (must get 401).</summary>
    public async Task<EndpointVerification> VerifyEndpointAsync(CancellationToken cancellationToken)
    {
        if (options.InteractionsEndpointUrl is not { Length: > 0 } url)
        {
            return LastVerification = new EndpointVerification(false, false, "No interactions endpoint URL is configured.");
        }

        var ping = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["type"] = InteractionState.Ping,
            ["id"] = clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            ["application_id"] = options.ApplicationId.ToString(CultureInfo.InvariantCulture),
            ["token"] = "aW50ZXJhY3Rpb246cGluZw",
            ["version"] = 1,
        }.ToJsonString());
        bool pingOk;
        try
        {
            using var response = await PostAsync(url, ping, good: true, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            pingOk = response.StatusCode == HttpStatusCode.OK
                && response.Content.Headers.ContentType?.MediaType == "application/json"
                && TryType(text) == 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return LastVerification = new EndpointVerification(false, false, $"The endpoint could not be reached: {e.Message}");
        }

        var rejected = await CheckBadSignatureAsync(cancellationToken);
        return LastVerification = new EndpointVerification(pingOk, rejected, pingOk ? rejected ? null : "The endpoint accepted a bad signature." : "PING was not answered with 200 {\"type\":1} as application/json.");
    }

    /// <summary>Discord's regular probe: a PING with a wrong signature must get 401, or the endpoint is disabled.</summary>
    public async Task<bool> CheckBadSignatureAsync(CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes("{\"type\":1,\"id\":\"0\",\"application_id\":\"" + options.ApplicationId.ToString(CultureInfo.InvariantCulture) + "\",\"token\":\"bad\",\"version\":1}");
        HttpResponseMessage response;
        try
        {
            response = await PostAsync(options.InteractionsEndpointUrl!, body, good: false, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // An endpoint that is down has not accepted anything: not broken, just unreachable.
            return false;
        }

        using var _ = response;
        var rejected = response.StatusCode == HttpStatusCode.Unauthorized;
        if (!rejected)
        {
            EndpointBroken = true;
            logger.EndpointAcceptedBadSignature();
        }

        return rejected;
    }

    private static int? TryType(string text)
    {
        try
        {
            return JsonNode.Parse(text)?["type"]?.GetValue<int>();
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private async Task<HttpResponseMessage> PostAsync(string url, byte[] body, bool good, CancellationToken cancellationToken)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Signature-Ed25519", good ? signer.Sign(timestamp, body) : signer.BadSignature(timestamp, body));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        request.Headers.UserAgent.ParseAdd("Discord-Interactions/1.0 (+https://discord.com)");
        return await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
    }
}

/// <summary>Whether an interaction reached the bot, and why not.</summary>
public sealed record DeliveryResult(bool Delivered, string? Problem, int? HttpStatus);
