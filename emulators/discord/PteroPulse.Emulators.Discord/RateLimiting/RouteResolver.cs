namespace PteroPulse.Emulators.Discord.RateLimiting;

/// <summary>Turns "/channels/111/messages/222" into the spec template and the major parameter "111".</summary>
public static class RouteResolver
{
    private static readonly Dictionary<string, string> IdNames = new(StringComparer.Ordinal)
    {
        ["channels"] = "channel_id",
        ["messages"] = "message_id",
        ["guilds"] = "guild_id",
        ["applications"] = "application_id",
        ["commands"] = "command_id",
        ["users"] = "user_id",
        ["members"] = "user_id",
        ["roles"] = "role_id",
        ["interactions"] = "interaction_id",
        ["webhooks"] = "webhook_id",
    };

    public static RouteInfo Resolve(string method, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var template = new List<string>(segments.Length);
        var major = "";
        var interaction = false;
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var previous = i > 0 ? segments[i - 1] : "";
            if (IsSnowflake(segment) && IdNames.TryGetValue(previous, out var name))
            {
                template.Add("{" + name + "}");
                if (major.Length == 0 && previous is "channels" or "guilds" or "webhooks" or "interactions")
                {
                    major = segment;
                }

                // Token routes: /webhooks/{id}/{token}/... and /interactions/{id}/{token}/callback.
                if (previous is "webhooks" or "interactions" && i + 1 < segments.Length)
                {
                    template.Add(previous == "webhooks" ? "{webhook_token}" : "{interaction_token}");
                    major += "/" + segments[i + 1];
                    interaction = true;
                    i++;
                }

                continue;
            }

            template.Add(segment);
        }

        var specPath = "/" + string.Join('/', template);
        var requiresAuth = !interaction && specPath != "/gateway";
        return new RouteInfo(method.ToUpperInvariant(), specPath, major, interaction, requiresAuth);
    }

    private static bool IsSnowflake(string segment) => segment.Length is > 0 and <= 20 && segment.All(char.IsAsciiDigit);
}
