using PteroPulse.Emulators.Discord.Hosting;

namespace PteroPulse.Emulators.Discord.Tests.Support;

/// <summary>A fresh in-process emulator per test, so rate limits and state never leak between tests.</summary>
public static class Emulator
{
    public static Task<DiscordEmulatorHost> StartAsync(Action<DiscordEmulatorOptions>? configure = null)
    {
        var options = new DiscordEmulatorOptions();
        configure?.Invoke(options);
        return DiscordEmulatorHost.StartAsync(options, TestContext.Current.CancellationToken);
    }
}
