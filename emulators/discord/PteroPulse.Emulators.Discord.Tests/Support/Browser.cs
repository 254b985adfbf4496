using Microsoft.Playwright;

namespace PteroPulse.Emulators.Discord.Tests.Support;

/// <summary>Debian's Chromium driven by Playwright; no browser is ever downloaded.</summary>
public static class Browser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: install it with 'apt-get install -y chromium'.");

        // CI machines are shared and slow; Playwright's 5 s default for expectations is too tight there.
        Assertions.SetDefaultExpectTimeout(15_000);
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }
}
