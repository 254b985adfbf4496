using PteroPulse.Contracts;

namespace PteroPulse.DiscordGateway.Embeds;

/// <summary>Builds the status message of one server: pure, so every detail of the embed is unit-tested.</summary>
public static class StatusEmbedBuilder
{
    /// <summary>A graph of one point is a dot; the embed shows one from two samples on.</summary>
    public const int MinimumGraphPoints = 2;

    public const string FooterText = "PteroPulse · last update";

    public static bool ShouldRenderGraph(IReadOnlyCollection<MetricPoint> points) => points.Count >= MinimumGraphPoints;

    public static string GraphFileName(string serverId) => $"graph-{serverId}.png";

    public static StatusMessage Build(StatusEmbedInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var sample = input.Sample;
        var look = input.Removed ? StateAppearance.Removed : StateAppearance.For(sample.State, sample.IsSuspended);
        var graph = input.GraphPng is { Length: > 0 } png ? new GraphAttachment(GraphFileName(sample.ServerId), png) : null;

        var embed = new StatusEmbed(
            Title: Truncate(sample.Name, 256),
            Description: string.IsNullOrWhiteSpace(input.Summary?.Description) ? null : Truncate(input.Summary.Description, 4096),
            Color: look.Color,
            Fields: Fields(input, look),
            FooterText: FooterText,
            Timestamp: input.UpdatedAt,
            ImageUrl: graph is null ? null : $"attachment://{graph.FileName}");
        return new StatusMessage(sample.ServerId, embed, Buttons(sample, input.Summary, input.Removed), graph);
    }

    private static List<StatusField> Fields(StatusEmbedInput input, StateAppearance look)
    {
        var sample = input.Sample;
        var state = $"{look.Emoji} {look.Label}";
        if (input.Removed)
        {
            state += "\n-# last known values below";
        }
        else if (sample.State == ServerPowerState.Unreachable)
        {
            // The panel did not answer: the figures below are the last known ones, and say so.
            var since = input.UnreachableSince is { } at ? $" since {Formats.DiscordTimestamp(at)}" : "";
            state += $"{since}\n-# last known values below";
        }

        var running = sample.State is ServerPowerState.Running or ServerPowerState.Starting or ServerPowerState.Stopping
            or ServerPowerState.Unreachable;
        return
        [
            new("State", state, true),
            new("CPU", Formats.Cpu(sample.CpuPercent, sample.CpuLimitPercent), true),
            new("Memory", Formats.UsedOfLimit(sample.MemoryBytes, sample.MemoryLimitBytes), true),
            new("Disk", Formats.UsedOfLimit(sample.DiskBytes, sample.DiskLimitBytes), true),
            new("Network", $"↓ {Formats.Bytes(sample.NetworkRxBytes)} in · ↑ {Formats.Bytes(sample.NetworkTxBytes)} out", true),
            new("Uptime", running && sample.Uptime > TimeSpan.Zero ? Formats.Uptime(sample.Uptime) : "—", true),
            new("Node", string.IsNullOrWhiteSpace(sample.Node ?? input.Summary?.Node) ? "—" : Truncate((sample.Node ?? input.Summary?.Node)!, 1024), true),
        ];
    }

    private static List<StatusButton> Buttons(ServerSample sample, ServerSummary? summary, bool removed)
    {
        StatusButton Button(ButtonAction action, string label, StatusButtonStyle style, string emoji) =>
            new(label, style, CustomIds.For(action, sample.ServerId),
                Disabled: removed || !ButtonAvailability.CanApply(action, sample.State, sample.IsSuspended, summary?.DefaultAllocation is not null),
                emoji);

        return
        [
            Button(ButtonAction.Start, "Start", StatusButtonStyle.Success, "▶️"),
            Button(ButtonAction.Stop, "Stop", StatusButtonStyle.Danger, "⏹️"),
            Button(ButtonAction.Restart, "Restart", StatusButtonStyle.Primary, "🔄"),
            Button(ButtonAction.ShowAddress, "Show address", StatusButtonStyle.Secondary, "📡"),
        ];
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
