using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Discord.State;

namespace PteroPulse.Emulators.Discord.Gateway;

/// <summary>What every gateway connection needs, gathered so a connection's constructor stays short.</summary>
public sealed class GatewayEnvironment(DiscordEmulatorOptions options, GatewayHub hub, IdentifyBudget budget, EmulatorState state, EmulatorUrls urls, ILogger<GatewayConnection> logger)
{
    public DiscordEmulatorOptions Options { get; } = options;

    public GatewayHub Hub { get; } = hub;

    public IdentifyBudget Budget { get; } = budget;

    public EmulatorState State { get; } = state;

    public EmulatorUrls Urls { get; } = urls;

    public ILogger<GatewayConnection> Logger { get; } = logger;
}
