using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace PteroPulse.Emulators.Panel.Tests;

/// <summary>A fresh emulated panel on a loopback port with a fake clock, and an HTTP client that talks to it as the docs say a client should.</summary>
internal sealed class PanelFixture : IAsyncDisposable
{
    private PanelFixture(PanelEmulatorHost host, FakeTimeProvider time)
    {
        Host = host;
        Time = time;
        Http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseUrl };
    }

    public PanelEmulatorHost Host { get; }

    public PanelEmulator Panel => Host.Panel;

    public FakeTimeProvider Time { get; }

    public HttpClient Http { get; }

    public static async Task<PanelFixture> StartAsync(Action<PanelEmulatorOptions>? configure = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var host = await PanelEmulatorHost.StartAsync(o =>
        {
            o.ControlToken = "control-token";
            configure?.Invoke(o);
        }, time, cancellationToken: TestContext.Current.CancellationToken);
        return new PanelFixture(host, time);
    }

    public Task<HttpResponseMessage> GetAsync(string path, string? key, string accept = "application/json") =>
        SendAsync(HttpMethod.Get, path, key, null, accept);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? key, string? json, string accept = "application/json")
    {
        using var request = new HttpRequestMessage(method, path);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        if (accept.Length > 0)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async Task<JsonElement> JsonAsync(string path, string? key)
    {
        using var response = await GetAsync(path, key);
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}");
        return await ReadAsync(response);
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();

    public static async Task<string> BodyAsync(HttpResponseMessage response) =>
        await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
    }
}
