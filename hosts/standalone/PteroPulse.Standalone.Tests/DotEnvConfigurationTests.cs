using Microsoft.AspNetCore.Builder;
using PteroPulse.Standalone.Configuration;

namespace PteroPulse.Standalone.Tests;

public sealed class DotEnvConfigurationTests
{
    [Fact]
    public void Treats_an_empty_value_as_not_set_and_keeps_the_others()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("pteropulse-dotenv-test-").FullName, ".env");
        File.WriteAllLines(path, ["Discord__Token=abc", "Discord__ApplicationId=", "Discord__GuildIds__0="]);
        var builder = WebApplication.CreateBuilder();

        builder.AddDotEnvFile(path);

        Assert.Equal("abc", builder.Configuration["Discord:Token"]);
        Assert.Null(builder.Configuration["Discord:ApplicationId"]);
        Assert.Empty(builder.Configuration.GetSection("Discord:GuildIds").GetChildren());
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }
}
