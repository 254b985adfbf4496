using System.Net;

namespace PteroPulse.Poller.Pterodactyl;

/// <summary>The parts of an HTTP answer the classifier needs, apart from RestSharp so it is testable on its own.</summary>
internal sealed record PanelResponse(
    HttpStatusCode Status,
    string? ContentType,
    string? Body,
    IReadOnlyDictionary<string, string> Headers,
    Exception? TransportError,
    bool TimedOut)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public bool Answered => TransportError is null && !TimedOut && Status != 0;
}
