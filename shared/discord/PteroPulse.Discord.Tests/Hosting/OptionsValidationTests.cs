using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PteroPulse.Discord.Gateway;
using PteroPulse.Discord.Hosting;
using PteroPulse.Discord.Interactions;

namespace PteroPulse.Discord.Tests.Hosting;

public sealed class OptionsValidationTests
{
    [Fact]
    public void Names_every_bad_key_with_its_environment_variable()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["Discord:RestBaseUrl"] = "not a url",
            ["Discord:Gateway:Intents"] = "2",
            ["Discord:Interactions:PublicKey"] = "abc",
        });

        var discord = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordOptions>>().Value);
        var gateway = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordGatewayOptions>>().Value);
        var interactions = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordInteractionsOptions>>().Value);

        Assert.Contains(discord.Failures, f => f.StartsWith("Discord:Token (env Discord__Token):", StringComparison.Ordinal));
        Assert.Contains(discord.Failures, f => f.StartsWith("Discord:RestBaseUrl (env Discord__RestBaseUrl):", StringComparison.Ordinal));
        Assert.Contains(gateway.Failures, f => f.StartsWith("Discord:Gateway:Intents", StringComparison.Ordinal) && f.Contains("privileged", StringComparison.Ordinal));
        Assert.Contains(interactions.Failures, f => f.StartsWith("Discord:Interactions:PublicKey (env Discord__Interactions__PublicKey):", StringComparison.Ordinal));
    }

    [Fact]
    public void Refuses_a_token_pasted_with_its_bot_prefix_without_echoing_it()
    {
        using var provider = Build(new Dictionary<string, string?> { ["Discord:Token"] = "Bot secret-token-value" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordOptions>>().Value);

        var failure = Assert.Single(error.Failures);
        Assert.StartsWith("Discord:Token (env Discord__Token): must be the bare token", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token-value", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_a_token_from_the_environment_shaped_key_and_hides_it_when_printed()
    {
        using var provider = Build(new Dictionary<string, string?> { ["Discord:Token"] = "secret-token-value" });

        var options = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;

        Assert.Equal("secret-token-value", options.Token);
        Assert.DoesNotContain("secret-token-value", options.ToString(), StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddDiscordInteractions();
        services.AddDiscordGateway();
        return services.BuildServiceProvider();
    }
}
