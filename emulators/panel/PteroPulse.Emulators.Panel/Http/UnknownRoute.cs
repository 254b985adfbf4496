using Microsoft.AspNetCore.Routing.Template;

namespace PteroPulse.Emulators.Panel.Http;

/// <summary>
/// The catch-all for /api: a path that exists with other methods is the panel's JSON 405 naming them; anything else
/// is its "route could not be found" 404.
/// </summary>
internal static class UnknownRoute
{
    public static IResult Answer(HttpContext http, IEnumerable<EndpointDataSource> sources)
    {
        var path = http.Request.Path.Value ?? "/";
        var route = path.TrimStart('/');
        var methods = sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && !raw.Contains("**", StringComparison.Ordinal) && Matches(raw, path))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
            .Distinct()
            .ToList();
        return methods.Count == 0
            ? PanelResponses.Error(http, 404, "NotFoundHttpException", $"The route {route} could not be found.")
            : PanelResponses.Error(http, 405, "MethodNotAllowedHttpException",
                $"The {http.Request.Method} method is not supported for route {route}. Supported methods: {string.Join(", ", methods)}.");
    }

    private static bool Matches(string pattern, string path) =>
        new TemplateMatcher(TemplateParser.Parse(pattern.TrimStart('/')), []).TryMatch(path, []);
}
