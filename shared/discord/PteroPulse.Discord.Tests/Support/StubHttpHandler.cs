using System.Net;
using System.Text;

namespace PteroPulse.Discord.Tests.Support;

/// <summary>Answers requests from a script and records what was sent (bodies read eagerly, so they can be inspected).</summary>
internal sealed class StubHttpHandler(Func<RecordedRequest, int, HttpResponseMessage> respond) : HttpMessageHandler
{
    private readonly List<RecordedRequest> _requests = [];

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, request.Headers.ToDictionary(h => h.Key, h => h.Key == "User-Agent" ? request.Headers.UserAgent.ToString() : string.Join(",", h.Value)),
            request.Content?.Headers.ContentType?.ToString(), body);
        int index;
        lock (_requests)
        {
            _requests.Add(recorded);
            index = _requests.Count - 1;
        }

        return respond(recorded, index);
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }
}

internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? ContentType, string Body);
