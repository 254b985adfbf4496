using System.Globalization;

namespace PteroPulse.Discord.Builders;

/// <summary>Shortens text to a limit with an ellipsis, never splitting a character (emoji, accents) in half.</summary>
public static class Text
{
    public const string Ellipsis = "…";

    public static string Truncate(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = 0;
        var boundaries = StringInfo.ParseCombiningCharacters(text);
        foreach (var start in boundaries)
        {
            if (start > maxLength - Ellipsis.Length)
            {
                break;
            }

            cut = start;
        }

        // Prefer ending at a word when one is near, so "Running for 2 h 14 min" does not become "Running for 2 h 1…".
        var space = text.LastIndexOf(' ', Math.Max(0, cut - 1), Math.Min(cut, 20));
        if (space > 0 && cut < text.Length && text[cut] != ' ')
        {
            cut = space;
        }

        return string.Concat(text.AsSpan(0, cut).TrimEnd(), Ellipsis);
    }
}
