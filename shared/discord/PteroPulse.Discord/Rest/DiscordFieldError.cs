namespace PteroPulse.Discord.Rest;

/// <summary>One leaf of a 50035 error tree, e.g. <c>embeds[0].fields[2].value: BASE_TYPE_REQUIRED</c>.</summary>
public sealed record DiscordFieldError(string Path, string Code, string Message)
{
    public override string ToString() => $"{(Path.Length == 0 ? "(request)" : Path)}: {Code} ({Message})";
}
