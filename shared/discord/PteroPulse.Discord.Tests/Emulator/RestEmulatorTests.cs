using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json.Nodes;
using PteroPulse.Discord.Builders;
using PteroPulse.Discord.Models;
using PteroPulse.Discord.Rest;
using PteroPulse.Discord.Rest.RateLimits;
using PteroPulse.Discord.Tests.Support;
using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Discord.RateLimiting;
using PteroPulse.Emulators.Discord.Seeding;

namespace PteroPulse.Discord.Tests.Emulator;

public sealed class RestEmulatorTests
{
    private const ulong Channel = DefaultSeed.StatusChannelId;
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public async Task Sends_600_edits_over_12_channels_at_the_bucket_rate_without_a_single_429()
    {
        // 5 per 2 s per channel: 12 channels allow 30 edits/s, below the global 50/s, so the buckets set the pace.
        await using var bot = await EmulatorBot.StartAsync(emulator: o =>
        {
            o.Seed = TwelveChannels();
            o.RateLimits.MessageCreateAndEdit = new RouteLimit { Limit = 5, Window = TimeSpan.FromSeconds(2) };
        });
        var channels = Enumerable.Range(0, 12).Select(i => ChannelBase + (ulong)i).ToList();
        var messages = await Task.WhenAll(channels.Select(c => bot.Rest.CreateMessageAsync(c, new MessageProperties { Content = "edit 0" }, TestContext.Current.CancellationToken)));

        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(messages.Select(async message =>
        {
            for (var i = 1; i <= 50; i++)
            {
                await bot.Rest.EditMessageAsync(message.ChannelId, message.Id, new MessageProperties { Content = $"edit {i}" }, TestContext.Current.CancellationToken);
            }
        }));
        var elapsed = Stopwatch.GetElapsedTime(started);

        var requests = bot.Emulator.Control.Requests;
        Assert.Equal(0, requests.Count(r => r.Status == 429));
        Assert.Equal(600, requests.Count(r => r.Method == "PATCH" && r.Status == 200));
        Assert.All(channels, c => Assert.Equal("edit 50", bot.Emulator.Control.Messages(c)[0]!["content"]!.GetValue<string>()));
        bot.AssertEveryRequestPassedValidation();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"600 edits in {elapsed.TotalSeconds:0.00} s = {600 / elapsed.TotalSeconds:0.0} edits/s; bucket limit 30/s (12 channels x 5 per 2 s)");
    }

    [Fact]
    public async Task Waits_out_a_forced_global_429_on_every_route_before_sending_again()
    {
        await using var bot = await EmulatorBot.StartAsync();
        var message = await bot.Rest.CreateMessageAsync(Channel, new MessageProperties { Content = "before" }, TestContext.Current.CancellationToken);
        bot.Emulator.Control.ForceFailure(new ForcedFailure("PATCH /channels/{channel_id}/messages/{message_id}", ForcedFailureKind.GlobalRateLimit, 1, RetryAfterSeconds: 1.5));

        var edit = bot.Rest.EditMessageAsync(Channel, message.Id, new MessageProperties { Content = "after" }, TestContext.Current.CancellationToken);
        // Once the client has counted the 429 it has also paused: a request to another route must now wait too.
        var monitor = bot.App.Services.GetRequiredService<InvalidRequestMonitor>();
        await Clock.WaitUntil(() => monitor.Count == 1);
        var other = bot.Rest.GetChannelAsync(DefaultSeed.GeneralChannelId, TestContext.Current.CancellationToken);
        await Task.WhenAll(edit, other);

        var requests = bot.Emulator.Control.Requests;
        var limited = requests.Single(r => r.Status == 429);
        var retried = requests.Last(r => r.Method == "PATCH");
        var channelGet = requests.Single(r => r.Method == "GET");
        Assert.Equal(200, retried.Status);
        Assert.True(retried.Time - limited.Time >= TimeSpan.FromSeconds(1.5), $"retried after {(retried.Time - limited.Time).TotalSeconds} s");
        Assert.True(channelGet.Time - limited.Time >= TimeSpan.FromSeconds(1.5), $"other route sent after {(channelGet.Time - limited.Time).TotalSeconds} s");
        Assert.Equal("after", (await edit).Content);
        bot.AssertEveryRequestPassedValidation();
    }

    [Fact]
    public async Task Posts_a_status_embed_with_its_graph_and_replaces_the_image_on_edit()
    {
        await using var bot = await EmulatorBot.StartAsync();
        var first = AttachmentProperties.File("usage-1.png", Png, "CPU and memory, last minute");
        var created = await bot.Rest.CreateMessageAsync(Channel, StatusMessage(first), TestContext.Current.CancellationToken);

        var second = AttachmentProperties.File("usage-2.png", Png, "CPU and memory, last minute");
        await bot.Rest.EditMessageAsync(Channel, created.Id, StatusMessage(second), TestContext.Current.CancellationToken);

        var rendered = bot.Emulator.Control.Messages(Channel).Single()!;
        Assert.EndsWith("usage-2.png", rendered["embeds"]![0]!["image"]!["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(rendered["attachments"]!.AsArray());
        Assert.Equal(2, bot.Emulator.Control.Requests.Count(r => r.FileNames.Count == 1));
        bot.AssertEveryRequestPassedValidation();
    }

    [Fact]
    public async Task Reads_and_deletes_messages_and_reports_10008_for_a_deleted_one()
    {
        await using var bot = await EmulatorBot.StartAsync();
        var created = await bot.Rest.CreateMessageAsync(Channel, new MessageProperties { Content = "hello", AllowedMentions = AllowedMentions.None }, TestContext.Current.CancellationToken);

        var read = await bot.Rest.GetMessageAsync(Channel, created.Id, TestContext.Current.CancellationToken);
        await bot.Rest.DeleteMessageAsync(Channel, created.Id, "test cleanup", TestContext.Current.CancellationToken);
        var error = await Assert.ThrowsAsync<DiscordRestException>(() => bot.Rest.EditMessageAsync(Channel, created.Id, new MessageProperties { Content = "x" }, TestContext.Current.CancellationToken));

        Assert.Equal("hello", read.Content);
        Assert.Equal(10008, error.Code);
        bot.AssertEveryRequestPassedValidation();
    }

    [Fact]
    public async Task Reads_the_channel_the_bot_user_the_application_and_the_gateway()
    {
        await using var bot = await EmulatorBot.StartAsync();

        var channel = await bot.Rest.GetChannelAsync(Channel, TestContext.Current.CancellationToken);
        var user = await bot.Rest.GetCurrentUserAsync(TestContext.Current.CancellationToken);
        var application = await bot.Rest.GetCurrentApplicationAsync(TestContext.Current.CancellationToken);
        var gateway = await bot.Rest.GetGatewayBotAsync(TestContext.Current.CancellationToken);

        Assert.Equal("server-status", channel.Name);
        Assert.Equal(bot.Emulator.Options.ApplicationId, user.Id);
        Assert.Equal(TestKeys.PublicKeyHex, application.VerifyKey);
        Assert.Equal(bot.Emulator.GatewayUrl, gateway.Url);
        Assert.Equal(1, gateway.SessionStartLimit.MaxConcurrency);
    }

    [Fact]
    public async Task Carries_the_field_errors_of_a_refused_body()
    {
        await using var bot = await EmulatorBot.StartAsync();
        // Bypasses the builders on purpose: an embed title over 256 characters, which Discord refuses.
        var message = new MessageProperties { Embeds = [new Embed { Title = new string('t', 300) }] };

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => bot.Rest.CreateMessageAsync(Channel, message, TestContext.Current.CancellationToken));

        Assert.Equal(50035, error.Code);
        Assert.Contains(error.FieldErrors, e => e.Path == "embeds[0].title");
    }

    private static MessageProperties StatusMessage(AttachmentProperties graph) => new()
    {
        Embeds = [new EmbedBuilder().WithTitle("Midgard (Valheim)").WithDescription("Running for 2 h 14 min").WithColor(0x57F287)
            .AddField("CPU", "12 %", inline: true).AddField("Memory", "1.2 GiB", inline: true).WithImage(graph.AttachmentUrl).Build()],
        Components = new ComponentsBuilder().AddRow(row => row
            .AddButton(ButtonStyle.Success, CustomIds.Create("power", "5e8b2c41", "start"), "Start")
            .AddButton(ButtonStyle.Danger, CustomIds.Create("power", "5e8b2c41", "stop"), "Stop")
            .AddLinkButton("https://panel.example.org/server/5e8b2c41", "Open panel")).Build(),
        Attachments = [graph],
        AllowedMentions = AllowedMentions.None,
    };

    private const ulong ChannelBase = 1301234567890124000;

    private static EmulatorSeed TwelveChannels()
    {
        var seed = DefaultSeed.Create();
        seed.Guilds[0].Channels.AddRange(Enumerable.Range(0, 12).Select(i => new SeedChannel { Id = ChannelBase + (ulong)i, Name = $"status-{i}", Type = 0, Position = 10 + i }));
        return seed;
    }
}
