using PteroPulse.Discord.Rest;

namespace PteroPulse.Discord.Tests.Rest;

public sealed class DiscordErrorReaderTests
{
    [Fact]
    public void Flattens_the_nested_errors_tree_into_paths()
    {
        const string body = """
            {"code":50035,"message":"Invalid Form Body","errors":{
              "embeds":{"0":{"fields":{"2":{"value":{"_errors":[{"code":"BASE_TYPE_REQUIRED","message":"This field is required"}]}}}}},
              "components":{"1":{"components":{"0":{"custom_id":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH","message":"Must be 100 or fewer in length."}]}}}}}}}
            """;

        var (code, message, errors) = DiscordErrorReader.Read(body, "fallback");

        Assert.Equal(50035, code);
        Assert.Equal("Invalid Form Body", message);
        Assert.Equal(
            ["embeds[0].fields[2].value: BASE_TYPE_REQUIRED", "components[1].components[0].custom_id: BASE_TYPE_MAX_LENGTH"],
            errors.Select(e => $"{e.Path}: {e.Code}"));
    }

    [Fact]
    public void Keeps_request_level_errors_with_an_empty_path()
    {
        var (_, _, errors) = DiscordErrorReader.Read("""{"code":50035,"message":"x","errors":{"_errors":[{"code":"APPLICATION_COMMAND_TOO_LARGE","message":"big"}]}}""", "");

        var error = Assert.Single(errors);
        Assert.Equal("", error.Path);
        Assert.Equal("APPLICATION_COMMAND_TOO_LARGE", error.Code);
    }

    [Fact]
    public void Falls_back_to_the_status_when_the_body_is_not_json()
    {
        var (code, message, errors) = DiscordErrorReader.Read("<html>bad gateway</html>", "BadGateway");

        Assert.Equal(0, code);
        Assert.Equal("BadGateway", message);
        Assert.Empty(errors);
    }
}
