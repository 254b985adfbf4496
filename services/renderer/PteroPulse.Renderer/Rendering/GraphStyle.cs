using PteroPulse.Contracts;
using SkiaSharp;

namespace PteroPulse.Renderer.Rendering;

/// <summary>
/// Size and colours of a graph. <see cref="DiscordDark"/> matches the embed background of Discord's dark theme, so
/// the picture blends into the embed instead of sitting in it as a box.
/// </summary>
public sealed record GraphStyle
{
    /// <summary>
    /// 600×300: Discord shows embed images at up to about 400 px wide, so this is downscaled 1.5× at most and the
    /// 15–21 px text stays legible, while a larger picture would cost encoding time and upload bytes for nothing.
    /// </summary>
    public int Width { get; init; } = 600;

    public int Height { get; init; } = 300;

    /// <summary>Discord's dark-theme embed background.</summary>
    public SKColor Background { get; init; } = SKColor.Parse("#2B2D31");

    public SKColor Text { get; init; } = SKColor.Parse("#F2F3F5");

    public SKColor MutedText { get; init; } = SKColor.Parse("#B5BAC1");

    public SKColor Grid { get; init; } = SKColor.Parse("#3F4147");

    public SKColor Cpu { get; init; } = SKColor.Parse("#5DADEC");

    public SKColor Memory { get; init; } = SKColor.Parse("#EB459E");

    /// <summary>zlib level of the PNG: 1 is ~4× faster than the default 6 and the file only ~15 % larger.</summary>
    public int PngCompressionLevel { get; init; } = 1;

    public static GraphStyle DiscordDark { get; } = new();

    /// <summary>The accent of a state, in Discord's own status colours.</summary>
    public SKColor AccentFor(ServerPowerState state) => state switch
    {
        ServerPowerState.Running => SKColor.Parse("#23A55A"),
        ServerPowerState.Starting or ServerPowerState.Stopping => SKColor.Parse("#F0B232"),
        ServerPowerState.Installing or ServerPowerState.Transferring or ServerPowerState.Restoring => SKColor.Parse("#5865F2"),
        ServerPowerState.Offline or ServerPowerState.Suspended => SKColor.Parse("#F23F43"),
        _ => SKColor.Parse("#80848E"),
    };
}
