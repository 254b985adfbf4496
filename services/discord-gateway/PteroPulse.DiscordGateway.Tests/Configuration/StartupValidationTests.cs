using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PteroPulse.DiscordGateway.Extensions;

namespace PteroPulse.DiscordGateway.Tests.Configuration;

/// <summary>The whole service, started with a broken "Discord" section: one failure names every bad key.</summary>
public sealed class StartupValidationTests
{
    [Fact]
    public async Task Names_the_library_gateway_and_bus_keys_together_when_the_start_fails()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:GuildIds:0"] = "abc",
            ["Discord:Alerts:CpuThresholdPercent"] = "150",
            ["RabbitMq:Port"] = "not-a-port",
            ["Discord:EmbedLocationsFile"] = Path.Combine(Path.GetTempPath(), $"pteropulse-{Guid.NewGuid():N}.json"),
        });
        builder.AddDiscordGatewayServices();
        using var host = builder.Build();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync(TestContext.Current.CancellationToken));

        var failures = (error is AggregateException all ? all.InnerExceptions : [error]).OfType<OptionsValidationException>().SelectMany(e => e.Failures).ToList();
        var text = string.Join('\n', failures);
        Assert.Contains("Discord:Token", text, StringComparison.Ordinal);
        Assert.Contains("Discord:GuildIds:0", text, StringComparison.Ordinal);
        Assert.Contains("Discord:Alerts:CpuThresholdPercent", text, StringComparison.Ordinal);
        Assert.Contains("RabbitMq:Port", text, StringComparison.Ordinal);
        Assert.Single(failures, f => f.StartsWith("Discord:Token", StringComparison.Ordinal));
    }
}
