namespace PteroPulse.Emulators.Discord.RateLimiting;

/// <summary>
/// What the emulator knows about a REST call before handling it: its route template (as in the spec, e.g.
/// <c>/channels/{channel_id}/messages</c>), its major parameter, and whether it is an interaction route.
/// </summary>
public sealed record RouteInfo(string Method, string SpecPath, string Major, bool IsInteractionRoute, bool RequiresAuth)
{
    public string Template => $"{Method} {SpecPath}";
}
