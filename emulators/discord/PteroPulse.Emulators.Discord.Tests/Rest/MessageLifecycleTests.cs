using System.Net;
using System.Text.Json.Nodes;
using PteroPulse.Emulators.Discord.Seeding;
using PteroPulse.Emulators.Discord.State;
using PteroPulse.Emulators.Discord.Tests.Support;

namespace PteroPulse.Emulators.Discord.Tests.Rest;

/// <summary>Edits, deletes, uploads and the error codes a status-embed bot meets (discord-api.md §2.4–2.6, §7.2).</summary>
public sealed class MessageLifecycleTests
{
    private const string Messages = "channels/1301234567890123456/messages";

    [Fact]
    public async Task Answers_30046_once_edits_of_an_hour_old_message_exceed_their_cap()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);
        var id = await PostAsync(http, """{"content":"status"}""");
        emulator.Control.AdvanceClock(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        for (var i = 0; i < emulator.Options.RateLimits.OldMessageEdit.Limit; i++)
        {
            using var ok = await http.PatchAsync($"{Messages}/{id}", Api.Json($$"""{"content":"edit {{i}}"}"""), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var limited = await http.PatchAsync($"{Messages}/{id}", Api.Json("""{"content":"one too many"}"""), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var body = await limited.ReadJsonAsync();
        Assert.Equal(30046, body["code"]!.GetValue<int>());
        Assert.True(body["retry_after"]!.GetValue<double>() > 0);
    }

    [Fact]
    public async Task Does_not_cap_edits_of_a_fresh_message_separately()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);
        var id = await PostAsync(http, """{"content":"status"}""");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await http.PatchAsync($"{Messages}/{id}", Api.Json($$"""{"content":"edit {{i}}"}"""), TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task Stores_an_uploaded_png_and_keeps_an_embed_image_out_of_attachments()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);
        var payload = """{"embeds":[{"title":"Midgard","image":{"url":"attachment://usage.png"}}],"attachments":[{"id":0,"filename":"usage.png","description":"CPU"}]}""";

        using var response = await http.PostAsync(Messages, Api.Multipart(payload, ("usage.png", Api.TinyPng())), TestContext.Current.CancellationToken);
        var message = await response.ReadJsonAsync();
        var imageUrl = message["embeds"]![0]!["image"]!["url"]!.GetValue<string>();
        var served = await new HttpClient().GetByteArrayAsync(imageUrl, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(message["attachments"]!.AsArray());
        Assert.Equal(1, message["embeds"]![0]!["image"]!["width"]!.GetValue<int>());
        Assert.Equal(Api.TinyPng(), served);
    }

    [Fact]
    public async Task Drops_the_embed_image_when_an_edit_lists_no_attachments()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);
        using var created = await http.PostAsync(Messages, Api.Multipart("""{"embeds":[{"title":"t","image":{"url":"attachment://a.png"}}],"attachments":[{"id":0,"filename":"a.png"}]}""", ("a.png", Api.TinyPng())), TestContext.Current.CancellationToken);
        var id = (await created.ReadJsonAsync())["id"]!.GetValue<string>();

        using var edited = await http.PatchAsync($"{Messages}/{id}", Api.Json("""{"attachments":[]}"""), TestContext.Current.CancellationToken);

        var embed = (await edited.ReadJsonAsync())["embeds"]![0]!;
        Assert.Null(embed["image"]);
        Assert.Equal("t", embed["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Replaces_the_embed_image_when_an_edit_uploads_a_new_file_and_lists_only_it()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);
        using var created = await http.PostAsync(Messages, Api.Multipart("""{"embeds":[{"image":{"url":"attachment://old.png"}}],"attachments":[{"id":0,"filename":"old.png"}]}""", ("old.png", Api.TinyPng())), TestContext.Current.CancellationToken);
        var id = (await created.ReadJsonAsync())["id"]!.GetValue<string>();

        using var edited = await http.PatchAsync($"{Messages}/{id}", Api.Multipart("""{"embeds":[{"image":{"url":"attachment://new.png"}}],"attachments":[{"id":0,"filename":"new.png"}]}""", ("new.png", Api.TinyPng())), TestContext.Current.CancellationToken);

        var message = await edited.ReadJsonAsync();
        Assert.EndsWith("/new.png", message["embeds"]![0]!["image"]!["url"]!.GetValue<string>());
        Assert.Empty(message["attachments"]!.AsArray());
        Assert.NotNull(message["edited_timestamp"]);
    }

    [Fact]
    public async Task Shows_the_old_file_as_a_plain_attachment_when_an_edit_replaces_only_the_embed()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);
        using var created = await http.PostAsync(Messages, Api.Multipart("""{"embeds":[{"title":"t","image":{"url":"attachment://graph.png"}}],"attachments":[{"id":0,"filename":"graph.png"}]}""", ("graph.png", Api.TinyPng())), TestContext.Current.CancellationToken);
        var id = (await created.ReadJsonAsync())["id"]!.GetValue<string>();

        using var edited = await http.PatchAsync($"{Messages}/{id}", Api.Json("""{"embeds":[{"title":"no image now"}]}"""), TestContext.Current.CancellationToken);

        var message = await edited.ReadJsonAsync();
        Assert.Equal("graph.png", Assert.Single(message["attachments"]!.AsArray())!["filename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Answers_10008_after_a_user_deleted_the_message()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);
        var id = await PostAsync(http, """{"content":"status"}""");
        Assert.True(emulator.Control.DeleteMessage(ulong.Parse(id)));

        using var response = await http.PatchAsync($"{Messages}/{id}", Api.Json("""{"content":"edit"}"""), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(10008, (await response.ReadJsonAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Answers_10003_for_a_deleted_channel()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);
        emulator.Control.DeleteChannel(DefaultSeed.StatusChannelId);

        using var response = await http.PostAsync(Messages, Api.Json("""{"content":"x"}"""), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(10003, (await response.ReadJsonAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Answers_50001_when_the_bot_can_no_longer_see_the_channel()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);
        emulator.Control.RevokeChannelPermission(DefaultSeed.StatusChannelId, DefaultSeed.GuildId, Permissions.ViewChannel);
        emulator.Control.RevokeChannelPermission(DefaultSeed.StatusChannelId, DefaultSeed.BotRoleId, Permissions.ViewChannel);

        using var response = await http.GetAsync("channels/1301234567890123456", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(50001, (await response.ReadJsonAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Answers_50013_for_an_embed_without_embed_links()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);
        emulator.Control.RevokeChannelPermission(DefaultSeed.StatusChannelId, DefaultSeed.GuildId, Permissions.EmbedLinks);
        emulator.Control.RevokeChannelPermission(DefaultSeed.StatusChannelId, DefaultSeed.BotRoleId, Permissions.EmbedLinks);

        using var response = await http.PostAsync(Messages, Api.Json("""{"embeds":[{"title":"t"}]}"""), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(50013, (await response.ReadJsonAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Lists_messages_newest_first_within_the_limit()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);
        var first = await PostAsync(http, """{"content":"first"}""");
        var second = await PostAsync(http, """{"content":"second"}""");

        var list = await (await http.GetAsync($"{Messages}?limit=1", TestContext.Current.CancellationToken)).ReadJsonAsync();

        Assert.Equal(second, Assert.Single(list.AsArray())!["id"]!.GetValue<string>());
        Assert.NotEqual(first, second);
    }

    private static async Task<string> PostAsync(HttpClient http, string body)
    {
        using var response = await http.PostAsync(Messages, Api.Json(body), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadJsonAsync())["id"]!.GetValue<string>();
    }
}
