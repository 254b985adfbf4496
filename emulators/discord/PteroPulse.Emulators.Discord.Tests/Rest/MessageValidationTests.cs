using System.Net;
using System.Text.Json.Nodes;
using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Discord.Seeding;
using PteroPulse.Emulators.Discord.Tests.Support;

namespace PteroPulse.Emulators.Discord.Tests.Rest;

/// <summary>Bodies of POST /channels/{id}/messages, checked as the docs and the spec describe (discord-api.md §2.4, §6, §8).</summary>
public sealed class MessageValidationTests
{
    private const string Messages = "channels/1301234567890123456/messages";

    [Fact]
    public async Task Accepts_a_spec_valid_status_message_with_embed_and_components()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);
        var body = """
            {"content":"Status","embeds":[{"title":"Midgard (Valheim)","description":"Running","color":5763719,
              "fields":[{"name":"CPU","value":"12 %","inline":true}],"footer":{"text":"PteroPulse"},"timestamp":"2026-01-01T00:00:00.000Z"}],
             "components":[{"type":1,"components":[
               {"type":2,"style":3,"label":"Start","custom_id":"power:5e8b2c41:start"},
               {"type":2,"style":5,"label":"Open panel","url":"https://panel.example.org/server/5e8b2c41"}]}]}
            """;

        using var response = await http.PostAsync(Messages, Api.Json(body), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = await response.ReadJsonAsync();
        Assert.Equal("rich", message["embeds"]![0]!["type"]!.GetValue<string>());
        Assert.Equal(DefaultSeed.StatusChannelId.ToString(), message["channel_id"]!.GetValue<string>());
        Assert.True(message["author"]!["bot"]!.GetValue<bool>());
    }

    public static TheoryData<string, string, string> InvalidBodies()
    {
        var longTitle = new string('t', 257);
        var bigField = new string('v', 1000);
        var sevenFields = string.Join(',', Enumerable.Range(0, 7).Select(i => $"{{\"name\":\"n{i}\",\"value\":\"{bigField}\"}}"));
        var row = """{"type":1,"components":[{"type":2,"style":1,"label":"x","custom_id":"ID"}]}""";
        return new TheoryData<string, string, string>
        {
            { $$"""{"embeds":[{"title":"{{longTitle}}"}]}""", "embeds.0.title", "BASE_TYPE_MAX_LENGTH" },
            { """{"embeds":[{"title":"t","fields":[{"name":"a","value":"b"},{"name":"c"}]}]}""", "embeds.0.fields.1.value", "BASE_TYPE_REQUIRED" },
            { $$"""{"embeds":[{"title":"t","fields":[{{sevenFields}}]}]}""", "embeds", "MAX_EMBED_SIZE_EXCEEDED" },
            { $$"""{"content":"{{new string('c', 2001)}}"}""", "content", "BASE_TYPE_MAX_LENGTH" },
            { "{\"components\":[" + string.Join(',', Enumerable.Range(0, 6).Select(i => row.Replace("ID", $"b{i}"))) + "]}", "components", "BASE_TYPE_MAX_LENGTH" },
            { """{"components":[{"type":1,"components":[{"type":2,"style":5,"label":"x","url":"https://example.org","custom_id":"nope"}]}]}""", "components.0.components.0.custom_id", "BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED" },
            { """{"components":[{"type":1,"components":[{"type":2,"style":1,"label":"a","custom_id":"same"},{"type":2,"style":2,"label":"b","custom_id":"same"}]}]}""", "components.0.components.1.custom_id", "COMPONENT_CUSTOM_ID_DUPLICATED" },
            { $$"""{"components":[{"type":1,"components":[{"type":2,"style":1,"label":"x","custom_id":"{{new string('c', 101)}}"}]}]}""", "components.0.components.0.custom_id", "BASE_TYPE_MAX_LENGTH" },
            { """{"content":"x","embeds":[{"color":"green"}]}""", "embeds.0.color", "BASE_TYPE_BAD_TYPE" },
        };
    }

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task Rejects_an_invalid_body_with_50035_at_the_offending_path(string body, string path, string code)
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);

        using var response = await http.PostAsync(Messages, Api.Json(body), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.ReadJsonAsync();
        Assert.Equal(50035, error["code"]!.GetValue<int>());
        Assert.Equal("Invalid Form Body", error["message"]!.GetValue<string>());
        Assert.Equal(code, Api.ErrorCodeAt(error, path));
    }

    [Fact]
    public async Task Rejects_an_empty_message_with_50006()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);

        using var response = await http.PostAsync(Messages, Api.Json("""{"content":""}"""), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(50006, (await response.ReadJsonAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Rejects_an_unsupported_content_type_with_50035()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);

        using var response = await http.PostAsync(Messages, new StringContent("hello", System.Text.Encoding.UTF8, "text/plain"), TestContext.Current.CancellationToken);

        var error = await response.ReadJsonAsync();
        Assert.Equal(50035, error["code"]!.GetValue<int>());
        Assert.Equal("CONTENT_TYPE_INVALID", Api.ErrorCodeAt(error, ""));
    }

    [Fact]
    public async Task Accepts_unknown_fields_but_names_them_in_the_request_log()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);

        using var response = await http.PostAsync(Messages, Api.Json("""{"content":"hi","embeds":[{"titel":"typo"}]}"""), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(emulator.Control.Requests, r => r.Method == "POST");
        Assert.Contains("embeds.0.titel", entry.UnknownFields);
    }

    [Fact]
    public async Task Answers_401_without_a_bot_token()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(emulator.ApiUrl + "/") };

        using var response = await http.GetAsync("users/@me", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1, emulator.Control.InvalidRequestCount);
    }

    [Fact]
    public async Task Accepts_a_bulk_command_overwrite_with_string_permissions_and_lists_it()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);
        var path = $"applications/{emulator.Options.ApplicationId}/guilds/{DefaultSeed.GuildId}/commands";
        var commands = """
            [{"name":"status","type":1,"description":"Show live status","options":[{"type":3,"name":"server","description":"Server","required":true,"autocomplete":true}]},
             {"name":"power","type":1,"description":"Start, stop or restart","default_member_permissions":"32"}]
            """;

        using var put = await http.PutAsync(path, Api.Json(commands), TestContext.Current.CancellationToken);
        var listed = await (await http.GetAsync(path, TestContext.Current.CancellationToken)).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(["status", "power"], listed.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        Assert.Equal("32", listed[1]!["default_member_permissions"]!.GetValue<string>());
    }

    [Fact]
    public async Task Rejects_a_reply_to_an_unknown_message_and_accepts_one_to_a_real_message()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);
        var first = await (await http.PostAsync(Messages, Api.Json("""{"content":"first"}"""), TestContext.Current.CancellationToken)).ReadJsonAsync();

        using var unknown = await http.PostAsync(Messages, Api.Json("""{"content":"re","message_reference":{"message_id":"1"}}"""), TestContext.Current.CancellationToken);
        var reply = await (await http.PostAsync(Messages, Api.Json(new JsonObject { ["content"] = "re", ["message_reference"] = new JsonObject { ["message_id"] = first["id"]!.GetValue<string>() } }), TestContext.Current.CancellationToken)).ReadJsonAsync();

        Assert.Equal("MESSAGE_REFERENCE_UNKNOWN_MESSAGE", Api.ErrorCodeAt(await unknown.ReadJsonAsync(), "message_reference"));
        Assert.Equal(19, reply["type"]!.GetValue<int>());
        Assert.Equal(first["id"]!.GetValue<string>(), reply["message_reference"]!["message_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Rejects_a_slash_command_without_a_description()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);

        using var response = await http.PutAsync($"applications/{emulator.Options.ApplicationId}/commands", Api.Json("""[{"name":"status"}]"""), TestContext.Current.CancellationToken);

        Assert.Equal("BASE_TYPE_REQUIRED", Api.ErrorCodeAt(await response.ReadJsonAsync(), "0.description"));
    }

    [Fact]
    public async Task Rejects_an_uppercase_slash_command_name()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);

        using var response = await http.PutAsync($"applications/{emulator.Options.ApplicationId}/commands", Api.Json("""[{"name":"Status","description":"x"}]"""), TestContext.Current.CancellationToken);

        Assert.Equal("APPLICATION_COMMAND_INVALID_NAME", Api.ErrorCodeAt(await response.ReadJsonAsync(), "0.name"));
    }
}
