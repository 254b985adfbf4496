using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PteroPulse.Discord.Hosting;
using PteroPulse.Discord.Rest;
using PteroPulse.Discord.Tests.Support;

namespace PteroPulse.Discord.Tests.Interactions;

public sealed class HttpInteractionEndpointTests : IAsyncLifetime
{
    private const string PingBody = """{"type":1,"id":"1330000000000000001","application_id":"1310000000000000000","token":"aW50ZXJhY3Rpb246cGluZw","version":1}""";
    private const string CommandBody = """{"type":2,"id":"1330000000000000042","application_id":"1310000000000000000","token":"tok","version":1,"data":{"id":"1","name":"status","type":1,"options":[{"name":"server","type":3,"value":"5e8b2c41"}]}}""";
    private readonly CommandGate _gate = new();
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(_gate);
        builder.Services.AddDiscordInteractions(options =>
        {
            options.PublicKey = TestKeys.PublicKeyHex;
            options.RegisterCommands = false;
        });
        builder.Services.ConfigureDiscordRest(options =>
        {
            options.Token = "test-token";
            options.ApplicationId = 1310000000000000000;
        });
        builder.Services.AddHttpClient(RestRequestSender.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new StubHttpHandler((_, _) => new HttpResponseMessage(HttpStatusCode.NoContent)));
        builder.Services.AddSlashCommand<GatedStatusCommand>();
        _app = builder.Build();
        _app.MapDiscordInteractions();
        await _app.StartAsync(TestContext.Current.CancellationToken);
        _client = _app.GetTestClient();
    }

    [Fact]
    public async Task Answers_a_signed_ping_with_pong()
    {
        using var response = await PostAsync(PingBody, Now());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Refuses_a_tampered_body()
    {
        var timestamp = Now();
        using var request = Request(PingBody.Replace("\"version\":1", "\"version\":2", StringComparison.Ordinal), timestamp, TestKeys.Sign(timestamp, PingBody));

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Refuses_a_signature_made_with_another_key()
    {
        var timestamp = Now();
        var otherSeed = "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb";
        using var request = Request(PingBody, timestamp, TestKeys.Sign(otherSeed, timestamp, PingBody));

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Refuses_a_request_without_signature_headers()
    {
        using var response = await _client.PostAsync("/interactions", new StringContent(PingBody, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Refuses_a_correctly_signed_but_stale_timestamp()
    {
        var stale = DateTimeOffset.UtcNow.AddMinutes(-10).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        using var response = await PostAsync(PingBody, stale);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Answers_a_command_inline_with_the_handler_reply()
    {
        _gate.Release.SetResult();

        using var response = await PostAsync(CommandBody, Now());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"type":4,"data":{"content":"Status of 5e8b2c41"}}""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private Task<HttpResponseMessage> PostAsync(string body, string timestamp) =>
        _client.SendAsync(Request(body, timestamp, TestKeys.Sign(timestamp, body)), TestContext.Current.CancellationToken);

    private static HttpRequestMessage Request(string body, string timestamp, string signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/interactions") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Signature-Ed25519", signature);
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return request;
    }

    private static string Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }
}
