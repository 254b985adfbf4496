using PteroPulse.Discord.Models;

namespace PteroPulse.Discord.Interactions;

/// <summary>
/// Whether Discord already has exactly the commands we define, compared field by field on what we send (Discord
/// adds ids, versions and defaults of its own), so an unchanged set is not registered again at every start.
/// </summary>
internal static class CommandComparer
{
    public static bool Same(IReadOnlyList<ApplicationCommandProperties> wanted, IReadOnlyList<ApplicationCommand> existing)
    {
        if (wanted.Count != existing.Count)
        {
            return false;
        }

        var byName = existing.ToDictionary(c => (c.Name, c.Type));
        return wanted.All(w => byName.TryGetValue((w.Name, w.Type), out var e)
            && w.Description == e.Description
            && (ulong?)w.DefaultMemberPermissions == e.DefaultMemberPermissions
            && SameOptions(w.Options, e.Options));
    }

    private static bool SameOptions(IReadOnlyList<ApplicationCommandOption>? wanted, IReadOnlyList<ApplicationCommandOption>? existing)
    {
        var w = wanted ?? [];
        var e = existing ?? [];
        return w.Count == e.Count && w.Zip(e).All(pair => SameOption(pair.First, pair.Second));
    }

    private static bool SameOption(ApplicationCommandOption w, ApplicationCommandOption e) =>
        w.Type == e.Type && w.Name == e.Name && w.Description == e.Description
        && (w.Required ?? false) == (e.Required ?? false)
        && (w.Autocomplete ?? false) == (e.Autocomplete ?? false)
        && w.MinLength == e.MinLength && w.MaxLength == e.MaxLength
        && (w.Choices ?? []).SequenceEqual(e.Choices ?? [])
        && SameOptions(w.Options, e.Options);
}
