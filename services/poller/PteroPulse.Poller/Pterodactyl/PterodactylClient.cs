using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PteroPulse.Poller.Logging;
using PteroPulse.Poller.Pterodactyl.Dto;
using PteroPulse.Poller.Telemetry;
using RestSharp;

namespace PteroPulse.Poller.Pterodactyl;

/// <summary>
/// The panel's client API over RestSharp. Every request waits for its turn at the <see cref="RateLimitPacer"/>,
/// sends Accept: application/json (without it the panel answers errors with redirects), and is classified into a
/// <see cref="PanelResult{T}"/>. Only reads are retried: a power signal repeated after a timeout could restart a
/// server twice. The key is set once as a default header and never logged.
/// </summary>
public sealed partial class PterodactylClient : IPterodactylClient, IDisposable
{
    private readonly RestClient _rest;
    private readonly RateLimitPacer _pacer;
    private readonly PanelHealth _health;
    private readonly TimeProvider _time;
    private readonly ILogger<PterodactylClient> _logger;
    private readonly int _maxRetries;
    private readonly Random _jitter = new();
    private readonly PollerMetrics? _metrics;

    public PterodactylClient(IOptions<PterodactylOptions> options, RateLimitPacer pacer, PanelHealth health, TimeProvider time,
        ILogger<PterodactylClient> logger, HttpMessageHandler? handler = null, PollerMetrics? metrics = null)
    {
        _metrics = metrics;
        var settings = options.Value;
        var restOptions = new RestClientOptions(new Uri(settings.Url.TrimEnd('/') + "/"))
        {
            FollowRedirects = false,
            Timeout = settings.RequestTimeout,
            UserAgent = "PteroPulse (+https://github.com/pteropulse)",
            ThrowOnAnyError = false,
        };
        if (handler is not null)
        {
            restOptions.ConfigureMessageHandler = _ => handler;
        }

        _rest = new RestClient(restOptions);
        _rest.AddDefaultHeader("Authorization", "Bearer " + settings.ApiKey);
        _rest.AddDefaultHeader("Accept", "application/json");
        _pacer = pacer;
        _health = health;
        _time = time;
        _logger = logger;
        _maxRetries = settings.MaxRetries;
    }

    public Task<PanelResult<PanelAccount>> GetAccountAsync(CancellationToken cancellationToken) =>
        ReadAsync(new RestRequest("api/client/account"), body =>
        {
            var account = JsonSerializer.Deserialize<Item<AccountDto>>(body, PanelJson.Options)?.Attributes;
            return account is null ? null : new PanelAccount(account.Id, account.Username ?? "", account.Admin);
        }, cancellationToken);

    public Task<PanelResult<ResourceUsage>> GetResourcesAsync(string serverId, CancellationToken cancellationToken) =>
        ReadResourcesAsync(serverId, cancellationToken);

    public Task<PanelResult<WebsocketCredentials>> GetWebsocketCredentialsAsync(string serverId, CancellationToken cancellationToken) =>
        ReadAsync(new RestRequest($"api/client/servers/{Uri.EscapeDataString(serverId)}/websocket"), body =>
        {
            var data = JsonSerializer.Deserialize<WebsocketDto>(body, PanelJson.Options)?.Data;
            return data is null ? null : new WebsocketCredentials(data.Token, new Uri(data.Socket));
        }, cancellationToken);

    public Task<PanelResult<bool>> SendPowerSignalAsync(string serverId, string signal, CancellationToken cancellationToken) =>
        WriteAsync($"api/client/servers/{Uri.EscapeDataString(serverId)}/power", new { signal }, cancellationToken);

    public Task<PanelResult<bool>> SendCommandAsync(string serverId, string command, CancellationToken cancellationToken) =>
        WriteAsync($"api/client/servers/{Uri.EscapeDataString(serverId)}/command", new { command }, cancellationToken);

    public void Dispose() => _rest.Dispose();

    private async Task<PanelResult<ResourceUsage>> ReadResourcesAsync(string serverId, CancellationToken cancellationToken)
    {
        var result = await ReadAsync(new RestRequest($"api/client/servers/{Uri.EscapeDataString(serverId)}/resources"), body =>
        {
            var stats = JsonSerializer.Deserialize<Item<StatsDto>>(body, PanelJson.Options)?.Attributes;
            var r = stats?.Resources;
            return stats?.CurrentState is null || r is null
                ? null
                : new ResourceUsage(stats.CurrentState, stats.IsSuspended, r.MemoryBytes, r.CpuAbsolute, r.DiskBytes, r.NetworkRxBytes, r.NetworkTxBytes, r.Uptime);
        }, cancellationToken);

        // Pelican answers 200 "missing" when Wings is down: the node is unreachable, the server is not offline.
        return result.Value?.State == "missing"
            ? result.As<ResourceUsage>() with { Outcome = PanelOutcome.NodeUnreachable, Detail = "the panel cannot reach the server's node (state \"missing\")" }
            : result;
    }

    private async Task<PanelResult<bool>> WriteAsync(string resource, object body, CancellationToken cancellationToken)
    {
        var request = new RestRequest(resource, Method.Post).AddJsonBody(body);
        var result = await SendAsync(request, _ => true, cancellationToken);
        return result;
    }

    private async Task<PanelResult<T>> ReadAsync<T>(RestRequest request, Func<string, T?> parse, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var result = await SendAsync(request, parse, cancellationToken);
            if (attempt >= _maxRetries || !RetrySchedule.IsRetryable(result))
            {
                return result;
            }

            var delay = RetrySchedule.Delay(attempt, _jitter);
            PollerLog.PanelRequestRetried(_logger, request.Resource, result.Outcome, attempt + 1, delay.TotalMilliseconds);
            await Task.Delay(delay, _time, cancellationToken);
        }
    }

    private async Task<PanelResult<T>> SendAsync<T>(RestRequest request, Func<string, T?> parse, CancellationToken cancellationToken)
    {
        await _pacer.WaitTurnAsync(cancellationToken);
        var response = await _rest.ExecuteAsync(request, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        _metrics?.PanelAnswered((int)response.StatusCode);
        var result = ResponseClassifier.Classify(ToPanelResponse(response), parse);
        _pacer.Observe(HeaderInt(response, "X-RateLimit-Limit"), HeaderInt(response, "X-RateLimit-Remaining"),
            result.Outcome == PanelOutcome.RateLimited ? result.RetryAfter : null);
        _health.Record(result);
        if (result.Outcome == PanelOutcome.RateLimited)
        {
            PollerLog.RateLimited(_logger, request.Resource, result.RetryAfter?.TotalSeconds ?? 0);
        }

        return result;
    }

    private static PanelResponse ToPanelResponse(RestResponse response)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in (response.Headers ?? []).Concat(response.ContentHeaders ?? []))
        {
            headers[header.Name] = header.Value;
        }

        var timedOut = response.ResponseStatus == ResponseStatus.TimedOut;
        var transport = response.ResponseStatus == ResponseStatus.Error && response.StatusCode == 0 ? response.ErrorException ?? new HttpRequestException("no response") : null;
        return new PanelResponse(response.StatusCode, response.ContentType, response.Content, headers, transport, timedOut);
    }

    private static int? HeaderInt(RestResponse response, string name)
    {
        var value = response.Headers?.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
    }
}
