using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PteroPulse.Discord.Hosting;
using PteroPulse.Discord.Interactions;
using PteroPulse.Discord.Tests.Support;
using PteroPulse.Emulators.Discord.Interactions;
using PteroPulse.Emulators.Discord.Seeding;

namespace PteroPulse.Discord.Tests.Emulator;

public sealed class HttpInteractionsEmulatorTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly InteractionCounter _counter = new();

    [Fact]
    public async Task Passes_discords_endpoint_check_ping_answered_and_bad_signature_refused()
    {
        await using var bot = await StartAsync();

        var verification = await bot.Emulator.Control.SetInteractionsEndpointAsync(bot.Url + "/interactions", TestContext.Current.CancellationToken);
        var probe = await bot.Emulator.Control.CheckBadSignatureAsync(TestContext.Current.CancellationToken);

        Assert.True(verification.PingAnswered, verification.Problem);
        Assert.True(verification.BadSignatureRejected, verification.Problem);
        Assert.True(probe);
    }

    [Fact]
    public async Task Answers_a_signed_command_inline()
    {
        await using var bot = await StartAsync();
        await bot.Emulator.Control.SetInteractionsEndpointAsync(bot.Url + "/interactions", TestContext.Current.CancellationToken);

        var (interaction, delivery) = await bot.Emulator.Control.ActAsync(Command("ping"), TestContext.Current.CancellationToken);

        Assert.True(delivery.Delivered, delivery.Problem);
        Assert.Equal(200, delivery.HttpStatus);
        Assert.Equal(4, bot.Emulator.Control.Interaction(interaction.Id)!.ResponseType);
        Assert.Equal(1, _counter.Seen[interaction.Id]);
        bot.AssertEveryRequestPassedValidation();
    }

    [Fact]
    public async Task Defers_inline_for_a_slow_handler_and_edits_the_original_with_its_answer()
    {
        await using var bot = await StartAsync();
        await bot.Emulator.Control.SetInteractionsEndpointAsync(bot.Url + "/interactions", TestContext.Current.CancellationToken);

        var (interaction, delivery) = await bot.Emulator.Control.ActAsync(Command("status", "5e8b2c41"), TestContext.Current.CancellationToken);
        await Clock.WaitUntil(() => bot.Emulator.Control.Requests.Any(r => r.Method == "PATCH" && r.Status == 200), Patience);

        Assert.True(delivery.Delivered, delivery.Problem);
        Assert.Equal(5, bot.Emulator.Control.Interaction(interaction.Id)!.ResponseType);
        var original = bot.Emulator.Control.Interaction(interaction.Id)!.OriginalMessageId!.Value;
        var message = bot.Emulator.Control.Messages(DefaultSeed.StatusChannelId, DefaultSeed.AdminUserId)
            .Single(m => m!["id"]!.GetValue<string>() == original.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Midgard (5e8b2c41) is running", message!["content"]!.GetValue<string>());
        bot.AssertEveryRequestPassedValidation();
    }

    private static UserAction Command(string name, string? server = null) => new()
    {
        Kind = UserActionKind.SlashCommand,
        UserId = DefaultSeed.AdminUserId,
        ChannelId = DefaultSeed.StatusChannelId,
        CommandName = name,
        Options = server is null ? [] : new() { ["server"] = JsonValue.Create(server) },
    };

    private async Task<EmulatorBot> StartAsync()
    {
        var bot = await EmulatorBot.StartAsync(httpInteractions: true, services: services =>
        {
            services.AddSingleton(_counter);
            services.AddSlashCommand<CountingPingCommand>();
            services.AddSlashCommand<SlowStatusCommand>();
        });
        await bot.App.Services.GetRequiredService<CommandRegistrar>().RegisterAsync(TestContext.Current.CancellationToken);
        return bot;
    }
}
