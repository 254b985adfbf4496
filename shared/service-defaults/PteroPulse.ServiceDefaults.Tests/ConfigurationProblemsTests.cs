using Microsoft.Extensions.Options;
using PteroPulse.ServiceDefaults.Configuration;

namespace PteroPulse.ServiceDefaults.Tests;

public sealed class ConfigurationProblemsTests
{
    [Fact]
    public void Collects_every_failure_of_every_options_type()
    {
        var exception = new AggregateException(
            new OptionsValidationException("a", typeof(object), ["Pterodactyl:Url (env Pterodactyl__Url): is required"]),
            new OptionsValidationException("b", typeof(object), ["RabbitMq:Port (env RabbitMq__Port): 'x' is not a valid Int32"]));

        var found = ConfigurationProblems.TryCollect(exception, out var problems);

        Assert.True(found);
        Assert.Equal(2, problems!.Count);
    }

    [Fact]
    public void Ignores_exceptions_that_are_not_about_configuration()
    {
        var found = ConfigurationProblems.TryCollect(new InvalidOperationException("port in use"), out _);

        Assert.False(found);
    }

    [Theory]
    [InlineData("Token", true)]
    [InlineData("ApiKey", true)]
    [InlineData("Api_Key", true)]
    [InlineData("ConnectionString", true)]
    [InlineData("PollInterval", false)]
    public void Treats_keys_that_hold_credentials_as_secrets(string key, bool secret)
    {
        Assert.Equal(secret, SecretNames.IsSecret(key));
    }
}
