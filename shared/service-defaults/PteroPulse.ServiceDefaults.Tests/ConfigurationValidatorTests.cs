using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PteroPulse.ServiceDefaults.Configuration;

namespace PteroPulse.ServiceDefaults.Tests;

public sealed class ConfigurationValidatorTests
{
    [Fact]
    public void Names_every_bad_key_with_its_environment_variable()
    {
        var problems = Validate(new Dictionary<string, string?>
        {
            ["Sample:Interval"] = "soon",
            ["Sample:Count"] = "0",
        });

        Assert.Contains(problems, p => p.StartsWith("Sample:Interval (env Sample__Interval)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Sample:Count (env Sample__Count)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Sample:Url (env Sample__Url)", StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_a_bad_value_inside_a_list_instead_of_dropping_the_list()
    {
        var problems = Validate(new Dictionary<string, string?>
        {
            ["Sample:Url"] = "https://panel.example.org",
            ["Sample:AllowedIds:0"] = "123",
            ["Sample:AllowedIds:1"] = "not-a-number",
        });

        Assert.Contains(problems, p => p.Contains("Sample:AllowedIds:1", StringComparison.Ordinal));
    }

    [Fact]
    public void Never_echoes_the_value_of_a_secret()
    {
        var problems = Validate(new Dictionary<string, string?>
        {
            ["Sample:Url"] = "https://panel.example.org",
            ["Sample:ApiKey"] = "ptlc_supersecretvalue",
            ["Sample:Count"] = "x",
            ["Sample:TokenCount"] = "ptlc_supersecretvalue",
        });

        Assert.DoesNotContain(problems, p => p.Contains("supersecretvalue", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Sample:TokenCount", StringComparison.Ordinal));
    }

    private static IReadOnlyList<string> Validate(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddValidatedOptions<SampleOptions>();
        using var host = builder.Build();
        try
        {
            _ = host.Services.GetRequiredService<IOptions<SampleOptions>>().Value;
            return [];
        }
        catch (OptionsValidationException ex)
        {
            return [.. ex.Failures];
        }
    }

    private sealed class SampleOptions : IOptionsSection
    {
        public static string SectionName => "Sample";

        [Required, Url]
        public string Url { get; set; } = "";

        public string ApiKey { get; set; } = "";

        public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(10);

        [Range(1, 10)]
        public int Count { get; set; } = 1;

        public int TokenCount { get; set; }

        public List<ulong> AllowedIds { get; set; } = [];
    }
}
