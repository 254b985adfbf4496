using PteroPulse.Deployment.Tests.Support;

namespace PteroPulse.Deployment.Tests.Configuration;

public sealed class BoundConfigurationKeysTests
{
    [Fact]
    public void Names_only_the_four_services()
    {
        var named = BoundConfigurationKeys.All.SelectMany(k => k.Services).Distinct();

        Assert.Empty(named.Except([.. Repository.Services, "*"]));
    }

    [Fact]
    public void Every_key_of_an_options_section_names_a_property_of_that_options_class()
    {
        var checkedKeys = 0;

        foreach (var key in BoundConfigurationKeys.All)
        {
            if (!OptionsCatalog.BySection.TryGetValue(key.Segments[0], out var options))
            {
                continue;
            }

            checkedKeys++;
            Assert.True(OptionsCatalog.HasProperty(options, key.Segments.Skip(1).ToList()), $"{key.Pattern}: {options.Name} has no such property");
        }

        // RabbitMqOptions exists from the start; the other sections are checked as their options classes land.
        Assert.True(checkedKeys >= 5, $"only {checkedKeys} keys matched an options class");
    }

    [Fact]
    public void Recognises_list_indexes_and_rejects_unknown_names()
    {
        Assert.True(BoundConfigurationKeys.IsBoundBy("discord-gateway", "Discord__GuildIds__12"));
        Assert.False(BoundConfigurationKeys.IsBoundBy("discord-gateway", "Discord__GuildIds__x"));
        Assert.False(BoundConfigurationKeys.IsBoundBy("renderer", "Discord__Token"));
        Assert.False(BoundConfigurationKeys.IsBoundBy("poller", "Pterodactyl__URL_"));
    }
}
