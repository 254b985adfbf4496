using System.Text.Json.Nodes;
using PteroPulse.DiscordGateway.Commands;
using PteroPulse.Emulators.Discord.Interactions;
using PteroPulse.Metrics.Storage;

namespace PteroPulse.Standalone.Demo;

/// <summary>
/// Posts the demo's status embeds the way an admin would: the seeded admin runs <c>/server_status server:…</c> in
/// the status channel through the emulated Discord, so the bot itself answers and posts over the real interaction
/// path. Waits first for the bot's commands and for two samples of history, so the first embeds carry a graph.
/// </summary>
internal sealed class DemoEmbedPoster(DemoEnvironment demo, ISampleHistoryStore history, TimeProvider time, ILogger<DemoEmbedPoster> logger)
    : BackgroundService
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan EmbedPatience = TimeSpan.FromSeconds(20);
    private const int Attempts = 3;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await WaitUntilAsync(() => Task.FromResult(CommandsRegistered()), Patience, stoppingToken))
        {
            DemoLog.CommandsMissing(logger);
            return;
        }

        var first = demo.Cast.Showcased[0].Identifier;
        await WaitUntilAsync(async () => (await history.GetRecentAsync(first, stoppingToken)).Count >= 2, Patience, stoppingToken);
        var posted = 0;
        foreach (var server in demo.Cast.Showcased)
        {
            posted += await PostAsync(server.Identifier, stoppingToken) ? 1 : 0;
        }

        await Console.Out.WriteLineAsync(
            $"PteroPulse demo: posted {posted} status embeds in #{DemoWorld.StatusChannelName}. " +
            $"\"{demo.Cast.CrashProne.Name}\" crashes now and then; node {demo.Cast.FlakyNode.Name} goes down now and then.");
    }

    private async Task<bool> PostAsync(string serverId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            await demo.Control.ActAsync(new UserAction
            {
                Kind = UserActionKind.SlashCommand,
                UserId = DemoWorld.AdminUserId,
                ChannelId = DemoWorld.StatusChannelId,
                CommandName = ServerStatusCommand.Name,
                Options = new Dictionary<string, JsonNode?> { ["server"] = serverId },
            }, cancellationToken);
            if (await WaitUntilAsync(() => Task.FromResult(HasStatusEmbed(serverId)), EmbedPatience, cancellationToken))
            {
                return true;
            }

            DemoLog.EmbedMissing(logger, serverId, attempt);
        }

        return false;
    }

    private bool CommandsRegistered()
    {
        var state = demo.Control.State;
        lock (state.Gate)
        {
            return state.Commands.Any(c => c.GuildId == DemoWorld.GuildId && c.Name == ServerStatusCommand.Name);
        }
    }

    /// <summary>The bot's status message carries the server's power buttons.</summary>
    private bool HasStatusEmbed(string serverId) =>
        demo.Control.Messages(DemoWorld.StatusChannelId).ToJsonString().Contains($"power:{serverId}:", StringComparison.Ordinal);

    private async Task<bool> WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + timeout;
        while (!await condition())
        {
            if (time.GetUtcNow() >= deadline)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), time, cancellationToken);
        }

        return true;
    }
}
