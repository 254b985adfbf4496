using System.Globalization;
using SkiaSharp;

namespace PteroPulse.Renderer.Rendering;

/// <summary>
/// Draws any Unicode text: each grapheme goes to the first shipped typeface that has glyphs for it (Latin, then CJK,
/// then emoji), and neighbours sharing a typeface are drawn as one run. A grapheme no font covers is drawn with the
/// main face's missing-glyph box, so text is never silently dropped.
/// </summary>
public sealed class FallbackText(GraphFonts fonts)
{
    private const string Ellipsis = "…";

    public float Measure(string text, float size, bool bold)
    {
        var width = 0f;
        foreach (var (run, typeface) in Runs(text, bold))
        {
            using var font = CreateFont(typeface, size);
            width += font.MeasureText(run);
        }

        return width;
    }

    /// <summary>Draws from <paramref name="x"/> at <paramref name="baseline"/> and returns the width drawn.</summary>
    public float Draw(SKCanvas canvas, string text, float x, float baseline, float size, bool bold, SKColor color)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        var start = x;
        foreach (var (run, typeface) in Runs(text, bold))
        {
            using var font = CreateFont(typeface, size);
            canvas.DrawText(run, x, baseline, font, paint);
            x += font.MeasureText(run);
        }

        return x - start;
    }

    /// <summary>The longest prefix (whole graphemes) that fits, with an ellipsis when something was cut.</summary>
    public string Fit(string text, float maxWidth, float size, bool bold)
    {
        if (Measure(text, size, bold) <= maxWidth)
        {
            return text;
        }

        var graphemes = Graphemes(text).ToList();
        for (var count = graphemes.Count - 1; count > 0; count--)
        {
            var candidate = string.Concat(graphemes.Take(count)).TrimEnd() + Ellipsis;
            if (Measure(candidate, size, bold) <= maxWidth)
            {
                return candidate;
            }
        }

        return Ellipsis;
    }

    private IEnumerable<(string Run, SKTypeface Typeface)> Runs(string text, bool bold)
    {
        var primary = bold ? fonts.Bold : fonts.Regular;
        var run = new System.Text.StringBuilder();
        SKTypeface? current = null;
        foreach (var grapheme in Graphemes(text))
        {
            var typeface = Choose(grapheme, primary);
            if (current is not null && !ReferenceEquals(current, typeface))
            {
                yield return (run.ToString(), current);
                run.Clear();
            }

            current = typeface;
            run.Append(grapheme);
        }

        if (current is not null)
        {
            yield return (run.ToString(), current);
        }
    }

    private SKTypeface Choose(string grapheme, SKTypeface primary)
    {
        if (Covers(primary, grapheme))
        {
            return primary;
        }

        foreach (var fallback in fonts.Fallbacks)
        {
            if (Covers(fallback, grapheme))
            {
                return fallback;
            }
        }

        return primary;
    }

    private static bool Covers(SKTypeface typeface, string grapheme)
    {
        foreach (var rune in grapheme.EnumerateRunes())
        {
            if (!IsInvisibleJoiner(rune.Value) && !typeface.ContainsGlyph(rune.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Zero-width joiner and variation selectors: emoji sequences carry them, no font needs a glyph for them.</summary>
    private static bool IsInvisibleJoiner(int codePoint) => codePoint is 0x200D or 0xFE0E or 0xFE0F;

    private static IEnumerable<string> Graphemes(string text)
    {
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            yield return elements.GetTextElement();
        }
    }

    private static SKFont CreateFont(SKTypeface typeface, float size) =>
        new(typeface, size) { Subpixel = true, Edging = SKFontEdging.Antialias };
}
