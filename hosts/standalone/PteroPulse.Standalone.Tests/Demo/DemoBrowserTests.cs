using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PteroPulse.Standalone.Demo;
using PteroPulse.Standalone.Tests.Support;

namespace PteroPulse.Standalone.Tests.Demo;

/// <summary>
/// The README's first command, end to end: the standalone host runs as a process with --demo, prints the viewer's
/// URL, and Debian's headless Chromium (never a downloaded browser) sees the bot's status embeds with graphs and
/// working buttons. The operator presses Start on an offline server and the embed follows.
/// </summary>
public sealed partial class DemoBrowserTests
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Shows_status_embeds_with_graphs_and_an_operator_starts_a_server_from_the_viewer()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: install it with 'apt-get install -y chromium'.");
        await using var demo = StandaloneProcess.Start("--demo", "--urls", "http://127.0.0.1:0");
        var url = ViewerUrl().Match(await demo.WaitForLineAsync(DemoBanner.UrlLinePrefix, Patience)).Value;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        page.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        await page.GotoAsync(url);
        await page.WaitForSelectorAsync("body[data-live='true']");
        await page.Locator("[data-testid='member-select']").SelectOptionAsync(DemoWorld.OperatorUserId.ToString(CultureInfo.InvariantCulture));

        // The last embed whose Start is enabled: an offline server on a steady node (the crash-prone one comes first).
        var startable = page.Locator("article[data-message-id]")
            .Filter(new() { Has = page.Locator("img[data-embed-image='0']") })
            .Filter(new() { Has = page.Locator("button[data-custom-id$=':start']:enabled") })
            .Last;
        await Assertions.Expect(startable).ToBeVisibleAsync(new() { Timeout = (float)Patience.TotalMilliseconds });

        // From here on the server's own message, by its button: "the last startable one" moves as more embeds arrive.
        var customId = (await startable.Locator("button[data-custom-id$=':start']").GetAttributeAsync("data-custom-id"))!;
        var embed = page.Locator("article[data-message-id]").Filter(new() { Has = page.Locator($"button[data-custom-id='{customId}']") });
        var graphWidth = await (await page.WaitForFunctionAsync(GraphWidthScript, customId)).JsonValueAsync<int>();
        var stateBefore = await embed.Locator("[data-embed-field='0']").InnerTextAsync();
        await embed.Locator($"button[data-custom-id='{customId}']").ClickAsync();

        Assert.True(graphWidth > 100, $"the graph image is {graphWidth} px wide");
        Assert.Contains("Offline", stateBefore, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("article[data-ephemeral='true']").Filter(new() { HasText = "Start sent to" })).ToBeVisibleAsync();
        await Assertions.Expect(embed.Locator("[data-embed-field='0']")).ToHaveTextAsync(StartedState(), new() { Timeout = (float)Patience.TotalMilliseconds });
    }

    [Fact]
    public async Task Answers_a_slash_command_sent_from_the_viewer_as_a_plain_member()
    {
        await using var demo = StandaloneProcess.Start("--demo", "--urls", "http://127.0.0.1:0");
        var url = ViewerUrl().Match(await demo.WaitForLineAsync(DemoBanner.UrlLinePrefix, Patience)).Value;
        await demo.WaitForLineAsync("PteroPulse demo: posted", Patience);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        page.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        await page.GotoAsync(url);
        await page.WaitForSelectorAsync("body[data-live='true']");

        await page.Locator("[data-testid='member-select']").SelectOptionAsync(DemoWorld.MemberUserId.ToString(CultureInfo.InvariantCulture));
        await page.Locator("[data-testid='command-select']").SelectOptionAsync("servers");
        await page.Locator("[data-testid='command-send']").ClickAsync();

        var answer = page.Locator("article[data-ephemeral='true']").Filter(new() { Has = page.Locator("[data-embed-title='0']") });
        await Assertions.Expect(answer.Locator("[data-embed-title='0']")).ToHaveTextAsync("Game servers (36)");
    }

    /// <summary>The loaded width of the graph in the message holding this button; polled, as the viewer re-renders on every edit.</summary>
    private const string GraphWidthScript = """
        id => {
          const image = document.querySelector(`button[data-custom-id='${id}']`)?.closest("article")?.querySelector("img[data-embed-image='0']");
          return image && image.complete && image.naturalWidth > 0 ? image.naturalWidth : null;
        }
        """;

    private static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });

    [GeneratedRegex(@"http://\S+")]
    private static partial Regex ViewerUrl();

    [GeneratedRegex("Starting|Running")]
    private static partial Regex StartedState();
}
