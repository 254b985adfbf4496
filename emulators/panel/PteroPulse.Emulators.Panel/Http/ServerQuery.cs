using PteroPulse.Emulators.Panel.Model;

namespace PteroPulse.Emulators.Panel.Http;

/// <summary>GET /api/client's <c>type</c> and <c>filter[...]</c> semantics.</summary>
internal static class ServerQuery
{
    private static readonly string[] AllowedFilters = ["uuid", "name", "description", "external_id", "*"];

    public static IReadOnlyList<EmulatedServer> Visible(IReadOnlyList<EmulatedServer> servers, EmulatedUser user, string? type)
    {
        bool Mine(EmulatedServer s) => s.OwnerId == user.Id || user.Subuser.ContainsKey(s.InternalId);
        return type switch
        {
            "owner" => servers.Where(s => s.OwnerId == user.Id).ToList(),
            // A non-admin asking for admin views gets an empty 200, not an error.
            "admin" => user.RootAdmin ? servers.Where(s => !Mine(s)).ToList() : [],
            "admin-all" => user.RootAdmin ? servers : [],
            _ => servers.Where(Mine).ToList(),
        };
    }

    /// <summary>Applies filter[x]=v; returns the unknown filter names (a 400) when there are any.</summary>
    public static IReadOnlyList<EmulatedServer> Filter(IReadOnlyList<EmulatedServer> servers, IQueryCollection query, out IReadOnlyList<string> unknown)
    {
        var filters = query
            .Where(q => q.Key.StartsWith("filter[", StringComparison.Ordinal) && q.Key.EndsWith(']'))
            .Select(q => (Name: q.Key[7..^1], Value: q.Value.ToString()))
            .ToList();
        unknown = filters.Select(f => f.Name).Where(n => !AllowedFilters.Contains(n)).ToList();
        IEnumerable<EmulatedServer> result = servers;
        foreach (var (name, value) in filters)
        {
            result = name switch
            {
                "uuid" => result.Where(s => s.Uuid.Contains(value, StringComparison.OrdinalIgnoreCase)),
                "name" => result.Where(s => s.Name.Contains(value, StringComparison.OrdinalIgnoreCase)),
                "description" => result.Where(s => s.Description.Contains(value, StringComparison.OrdinalIgnoreCase)),
                "external_id" => result.Where(s => s.ExternalId == value),
                "*" => result.Where(s => s.Uuid.StartsWith(value, StringComparison.OrdinalIgnoreCase) || s.ExternalId == value
                    || s.Name.Contains(value, StringComparison.OrdinalIgnoreCase)),
                _ => result,
            };
        }

        return result.ToList();
    }
}
