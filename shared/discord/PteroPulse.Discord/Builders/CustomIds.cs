using PteroPulse.Discord.Models;

namespace PteroPulse.Discord.Builders;

/// <summary>
/// custom_id rules: 1 to 100 characters, unique within a message. Ids are never shortened: a cut id would route
/// the click to the wrong handler.
/// </summary>
public static class CustomIds
{
    public const char Separator = ':';

    /// <summary>Joins a handler prefix and its arguments: <c>power:5e8b2c41:restart</c>.</summary>
    public static string Create(string prefix, params string[] arguments) =>
        Check(arguments.Length == 0 ? prefix : $"{prefix}{Separator}{string.Join(Separator, arguments)}");

    public static string Check(string customId) =>
        customId.Length is >= 1 and <= DiscordLimits.CustomId
            ? customId
            : throw new DiscordLimitException($"custom_id must be 1 to {DiscordLimits.CustomId} characters, got {customId.Length}.");

    public static void EnsureUnique(IEnumerable<MessageComponent> components)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in Flatten(components))
        {
            if (!seen.Add(id))
            {
                throw new DiscordLimitException($"custom_id '{id}' is used twice in one message.");
            }
        }
    }

    private static IEnumerable<string> Flatten(IEnumerable<MessageComponent> components)
    {
        foreach (var component in components)
        {
            switch (component)
            {
                case ActionRow row:
                    foreach (var id in Flatten(row.Components))
                    {
                        yield return id;
                    }

                    break;
                case Button { CustomId: { } id }:
                    yield return id;
                    break;
                case StringSelectMenu select:
                    yield return select.CustomId;
                    break;
            }
        }
    }
}
