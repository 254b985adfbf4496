using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PteroPulse.Discord.Builders;
using PteroPulse.Discord.Hosting;
using PteroPulse.Discord.Interactions;
using PteroPulse.Discord.Models;
using PteroPulse.Discord.Tests.Support;
using PteroPulse.Emulators.Discord.Interactions;
using PteroPulse.Emulators.Discord.Seeding;

namespace PteroPulse.Discord.Tests.Emulator;

public sealed class ComponentEmulatorTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Updates_the_message_a_button_is_on()
    {
        await using var bot = await StartAsync();
        var message = await PostPanelAsync(bot);

        var (interaction, _) = await bot.Emulator.Control.ActAsync(Click(message.Id, "power:5e8b2c41:restart"), TestContext.Current.CancellationToken);
        await Clock.WaitUntil(() => bot.Emulator.Control.Interaction(interaction.Id)?.ResponseType is not null, Patience);

        Assert.Equal(7, bot.Emulator.Control.Interaction(interaction.Id)!.ResponseType);
        Assert.Equal("5e8b2c41|restart", Content(bot, message.Id));
        bot.AssertEveryRequestPassedValidation();
    }

    [Fact]
    public async Task Answers_a_slow_button_with_an_ephemeral_followup_and_leaves_the_panel_alone()
    {
        await using var bot = await StartAsync();
        var message = await PostPanelAsync(bot);

        var (interaction, _) = await bot.Emulator.Control.ActAsync(Click(message.Id, "address:5e8b2c41"), TestContext.Current.CancellationToken);
        await Clock.WaitUntil(() => bot.Emulator.Control.Interaction(interaction.Id)?.FollowupIds.Count == 1, Patience);

        var state = bot.Emulator.Control.Interaction(interaction.Id)!;
        Assert.Equal(6, state.ResponseType);
        Assert.Equal("Midgard is running", Content(bot, message.Id));
        Assert.Equal("5e8b2c41 listens on 203.0.113.7:2456", Content(bot, state.FollowupIds[0], DefaultSeed.AdminUserId));
        Assert.Null(Content(bot, state.FollowupIds[0], DefaultSeed.MemberUserId));
        bot.AssertEveryRequestPassedValidation();
    }

    [Fact]
    public async Task Offers_autocomplete_choices_for_what_was_typed()
    {
        await using var bot = await StartAsync();

        var (interaction, _) = await bot.Emulator.Control.ActAsync(new UserAction
        {
            Kind = UserActionKind.Autocomplete,
            UserId = DefaultSeed.AdminUserId,
            ChannelId = DefaultSeed.StatusChannelId,
            CommandName = "server",
            FocusedOption = "name",
            Options = new() { ["name"] = JsonValue.Create("as") },
        }, TestContext.Current.CancellationToken);
        await Clock.WaitUntil(() => bot.Emulator.Control.Interaction(interaction.Id)?.AutocompleteChoices is not null, Patience);

        var choice = Assert.Single(bot.Emulator.Control.Interaction(interaction.Id)!.AutocompleteChoices!);
        Assert.Equal("Asgard", choice!["name"]!.GetValue<string>());
        Assert.Equal("ASGARD", choice["value"]!.GetValue<string>());
        bot.AssertEveryRequestPassedValidation();
    }

    private static async Task<DiscordMessage> PostPanelAsync(EmulatorBot bot) =>
        await bot.Rest.CreateMessageAsync(DefaultSeed.StatusChannelId, new MessageProperties
        {
            Content = "Midgard is running",
            Components = new ComponentsBuilder().AddRow(row => row
                .AddButton(ButtonStyle.Danger, CustomIds.Create("power", "5e8b2c41", "restart"), "Restart")
                .AddButton(ButtonStyle.Secondary, CustomIds.Create("address", "5e8b2c41"), "Show address")).Build(),
        }, TestContext.Current.CancellationToken);

    private static UserAction Click(ulong messageId, string customId) => new()
    {
        Kind = UserActionKind.Button,
        UserId = DefaultSeed.AdminUserId,
        ChannelId = DefaultSeed.StatusChannelId,
        MessageId = messageId,
        CustomId = customId,
    };

    private static string? Content(EmulatorBot bot, ulong messageId, ulong? asUser = null) =>
        bot.Emulator.Control.Messages(DefaultSeed.StatusChannelId, asUser)
            .FirstOrDefault(m => m!["id"]!.GetValue<string>() == messageId.ToString(CultureInfo.InvariantCulture))?["content"]?.GetValue<string>();

    private static async Task<EmulatorBot> StartAsync()
    {
        var bot = await EmulatorBot.StartAsync(gateway: true, services: services =>
        {
            services.AddSlashCommand<ServerPickerCommand>();
            services.AddComponentHandler<PowerButtons>();
            services.AddComponentHandler<SlowAddressButton>();
        });
        await bot.App.Services.GetRequiredService<CommandRegistrar>().RegisterAsync(TestContext.Current.CancellationToken);
        await Clock.WaitUntil(() => bot.Gateway.IsReady, Patience);
        return bot;
    }
}
