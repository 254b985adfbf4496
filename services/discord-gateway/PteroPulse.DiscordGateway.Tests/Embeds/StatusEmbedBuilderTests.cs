using PteroPulse.Contracts;
using PteroPulse.DiscordGateway.Embeds;

namespace PteroPulse.DiscordGateway.Tests.Embeds;

public sealed class StatusEmbedBuilderTests
{
    private static StatusMessage Build(ServerSample sample, byte[]? graph = null, ServerSummary? summary = null, DateTimeOffset? unreachableSince = null) =>
        StatusEmbedBuilder.Build(new StatusEmbedInput(sample, summary ?? Samples.Summary(sample.ServerId), Samples.Now, graph, unreachableSince));

    private static string Field(StatusMessage message, string name) => message.Embed.Fields.Single(f => f.Name == name).Value;

    [Fact]
    public void Uses_the_server_name_as_title_and_its_description()
    {
        var message = Build(Samples.Server());

        Assert.Equal("Midgard (Valheim)", message.Embed.Title);
        Assert.Equal("Viking survival for the guild", message.Embed.Description);
    }

    [Fact]
    public void Shows_every_figure_of_a_running_server()
    {
        var message = Build(Samples.Server());

        Assert.Equal("🟢 Running", Field(message, "State"));
        Assert.Equal("45% of limit (90% / 200%, 2 cores)", Field(message, "CPU"));
        Assert.Equal("3 GiB / 4 GiB", Field(message, "Memory"));
        Assert.Equal("10 GiB / 20 GiB", Field(message, "Disk"));
        Assert.Equal("↓ 1.5 MiB in · ↑ 300 KiB out", Field(message, "Network"));
        Assert.Equal("3d 4h 12m", Field(message, "Uptime"));
        Assert.Equal("fra1", Field(message, "Node"));
    }

    [Theory]
    [InlineData(ServerPowerState.Running, false, StateAppearance.Green, "🟢 Running")]
    [InlineData(ServerPowerState.Starting, false, StateAppearance.Yellow, "🟡 Starting")]
    [InlineData(ServerPowerState.Stopping, false, StateAppearance.Orange, "🟠 Stopping")]
    [InlineData(ServerPowerState.Offline, false, StateAppearance.Red, "🔴 Offline")]
    [InlineData(ServerPowerState.Installing, false, StateAppearance.Blurple, "🛠️ Installing")]
    [InlineData(ServerPowerState.Offline, true, StateAppearance.DarkRed, "⛔ Suspended")]
    [InlineData(ServerPowerState.Suspended, false, StateAppearance.DarkRed, "⛔ Suspended")]
    public void Colours_and_labels_the_embed_by_state(ServerPowerState state, bool suspended, int color, string label)
    {
        var message = Build(Samples.Server(state: state, suspended: suspended));

        Assert.Equal(color, message.Embed.Color);
        Assert.Equal(label, Field(message, "State"));
    }

    [Fact]
    public void Marks_an_unreachable_server_grey_with_last_known_values()
    {
        var since = Samples.Now.AddMinutes(-4);

        var message = Build(Samples.Server(state: ServerPowerState.Unreachable), unreachableSince: since);

        Assert.Equal(StateAppearance.Grey, message.Embed.Color);
        Assert.StartsWith($"⚫ Unreachable since {Formats.DiscordTimestamp(since)}", Field(message, "State"), StringComparison.Ordinal);
        Assert.Contains("last known values", Field(message, "State"), StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_no_uptime_for_an_offline_server()
    {
        var message = Build(Samples.Server(state: ServerPowerState.Offline) with { Uptime = TimeSpan.Zero });

        Assert.Equal("—", Field(message, "Uptime"));
    }

    [Fact]
    public void Stamps_the_footer_with_the_update_time()
    {
        var message = Build(Samples.Server());

        Assert.Equal(Samples.Now, message.Embed.Timestamp);
        Assert.Equal(StatusEmbedBuilder.FooterText, message.Embed.FooterText);
    }

    [Fact]
    public void Attaches_the_graph_as_the_embed_image()
    {
        var message = Build(Samples.Server(), graph: [0x89, 0x50, 0x4E, 0x47]);

        Assert.NotNull(message.Graph);
        Assert.Equal("graph-5e8b2c41.png", message.Graph.FileName);
        Assert.Equal("attachment://graph-5e8b2c41.png", message.Embed.ImageUrl);
    }

    [Fact]
    public void Shows_no_image_without_a_graph()
    {
        var message = Build(Samples.Server());

        Assert.Null(message.Graph);
        Assert.Null(message.Embed.ImageUrl);
    }

    [Fact]
    public void Renders_a_graph_only_from_two_samples_on()
    {
        var point = new MetricPoint { At = Samples.Now, CpuPercent = 1, MemoryBytes = 1 };

        Assert.False(StatusEmbedBuilder.ShouldRenderGraph([point]));
        Assert.True(StatusEmbedBuilder.ShouldRenderGraph([point, point with { At = Samples.Now.AddSeconds(10) }]));
    }

    [Fact]
    public void Colours_the_four_buttons_and_names_action_and_server_in_their_ids()
    {
        var buttons = Build(Samples.Server()).Buttons;

        Assert.Equal(
            [("Start", StatusButtonStyle.Success, "power:5e8b2c41:start"), ("Stop", StatusButtonStyle.Danger, "power:5e8b2c41:stop"),
             ("Restart", StatusButtonStyle.Primary, "power:5e8b2c41:restart"), ("Show address", StatusButtonStyle.Secondary, "address:5e8b2c41")],
            buttons.Select(b => (b.Label, b.Style, b.CustomId)));
    }

    [Theory]
    [InlineData(ServerPowerState.Running, false, new[] { true, false, false, false })]
    [InlineData(ServerPowerState.Starting, false, new[] { true, false, false, false })]
    [InlineData(ServerPowerState.Offline, false, new[] { false, true, true, false })]
    [InlineData(ServerPowerState.Stopping, false, new[] { true, true, true, false })]
    [InlineData(ServerPowerState.Unreachable, false, new[] { true, true, true, false })]
    [InlineData(ServerPowerState.Installing, false, new[] { true, true, true, false })]
    [InlineData(ServerPowerState.Offline, true, new[] { true, true, true, false })]
    public void Disables_the_buttons_that_cannot_apply(ServerPowerState state, bool suspended, bool[] disabled)
    {
        var buttons = Build(Samples.Server(state: state, suspended: suspended)).Buttons;

        Assert.Equal(disabled, buttons.Select(b => b.Disabled));
    }

    [Fact]
    public void Disables_show_address_when_the_server_has_no_allocation()
    {
        var buttons = Build(Samples.Server(), summary: Samples.Summary(withAddress: false)).Buttons;

        Assert.True(buttons.Single(b => b.Label == "Show address").Disabled);
    }

    [Fact]
    public void Shows_a_server_the_panel_no_longer_lists_with_every_button_disabled()
    {
        var message = StatusEmbedBuilder.Build(new StatusEmbedInput(Samples.Server(state: ServerPowerState.Offline), Samples.Summary(), Samples.Now, Removed: true));

        Assert.StartsWith("❌ No longer on the panel", Field(message, "State"), StringComparison.Ordinal);
        Assert.All(message.Buttons, b => Assert.True(b.Disabled));
    }

    [Fact]
    public void Keeps_the_title_within_discords_limit()
    {
        var message = Build(Samples.Server() with { Name = new string('x', 300) });

        Assert.Equal(256, message.Embed.Title.Length);
        Assert.EndsWith("…", message.Embed.Title, StringComparison.Ordinal);
    }
}
