using System.Text.Json;

namespace PteroPulse.Emulators.Panel.Http;

/// <summary>Answers shaped like the panel's: the Fractal envelope for data, <c>{"errors":[...]}</c> for errors.</summary>
internal static class PanelResponses
{
    /// <summary>Snake-case names are spelled out in the anonymous types, so no naming policy.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    public static IResult Data(object body) => Results.Json(body, Json);

    /// <summary>
    /// An error as the panel renders it. Without an Accept header naming JSON, Laravel renders for a browser
    /// instead: 401 redirects to the login page, validation and display errors redirect back, the rest is HTML.
    /// </summary>
    public static IResult Error(HttpContext context, int status, string code, string detail, object? meta = null, bool displayException = false)
    {
        if (!WantsJson(context.Request))
        {
            if (status == StatusCodes.Status401Unauthorized)
            {
                return Results.Redirect("/auth/login");
            }

            if (status == StatusCodes.Status422UnprocessableEntity || displayException)
            {
                return Results.Redirect(context.Request.Headers.Referer.FirstOrDefault() ?? "/");
            }

            return Results.Content($"<!DOCTYPE html><html><head><title>{status}</title></head><body>{detail}</body></html>", "text/html; charset=UTF-8", statusCode: status);
        }

        object error = meta is null
            ? new { code, status = status.ToString(System.Globalization.CultureInfo.InvariantCulture), detail }
            : new { code, status = status.ToString(System.Globalization.CultureInfo.InvariantCulture), detail, meta };
        return Results.Json(new { errors = new[] { error } }, Json, statusCode: status);
    }

    public static IResult NotFound(HttpContext context) =>
        Error(context, 404, "NotFoundHttpException", "The requested resource could not be found on the server.");

    public static IResult Forbidden(HttpContext context, string detail) =>
        Error(context, 403, "AccessDeniedHttpException", detail);

    /// <summary>Any first Accept type containing "/json" or "+json" counts, as in Laravel's expectsJson().</summary>
    public static bool WantsJson(HttpRequest request)
    {
        var first = request.Headers.Accept.ToString().Split(',')[0];
        return first.Contains("/json", StringComparison.OrdinalIgnoreCase) || first.Contains("+json", StringComparison.OrdinalIgnoreCase);
    }
}
