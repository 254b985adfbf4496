using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace PteroPulse.Emulators.Panel.Http;

/// <summary>
/// Fractal's pagination meta. Client lists cap per_page at 100 and their links keep the whole query; application
/// lists have no cap and their links carry only page. One page gives <c>links: {}</c>, an object, never an array.
/// </summary>
internal static class Pagination
{
    public static (IReadOnlyList<T> Page, object Meta) Apply<T>(HttpContext http, IReadOnlyList<T> items, string publicUrl, bool client)
    {
        var query = http.Request.Query;
        var perPage = Parse(query["per_page"], 50);
        if (client)
        {
            perPage = Math.Min(perPage, 100);
        }

        perPage = Math.Max(perPage, 1);
        var totalPages = Math.Max(1, (int)Math.Ceiling(items.Count / (double)perPage));
        var page = Math.Max(1, Parse(query["page"], 1));
        var slice = items.Skip((page - 1) * perPage).Take(perPage).ToList();
        var links = new Dictionary<string, string>();
        if (page > 1)
        {
            links["previous"] = Link(http, publicUrl, page - 1, client);
        }

        if (page < totalPages)
        {
            links["next"] = Link(http, publicUrl, page + 1, client);
        }

        var meta = new
        {
            pagination = new
            {
                total = items.Count, count = slice.Count, per_page = perPage, current_page = page, total_pages = totalPages, links,
            },
        };
        return (slice, meta);
    }

    private static int Parse(string? value, int fallback) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : fallback;

    private static string Link(HttpContext http, string publicUrl, int page, bool keepQuery)
    {
        var baseUrl = (publicUrl.Length > 0 ? publicUrl.TrimEnd('/') : $"{http.Request.Scheme}://{http.Request.Host}") + http.Request.Path;
        var parameters = keepQuery
            ? http.Request.Query.Where(q => q.Key != "page").ToDictionary(q => q.Key, q => (string?)q.Value.ToString())
            : [];
        parameters["page"] = page.ToString(CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString(baseUrl, parameters);
    }
}
