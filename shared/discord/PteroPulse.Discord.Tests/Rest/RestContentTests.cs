using System.Text.Json;
using PteroPulse.Discord.Models;
using PteroPulse.Discord.Rest;

namespace PteroPulse.Discord.Tests.Rest;

public sealed class RestContentTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

    [Fact]
    public async Task Sends_plain_json_without_files()
    {
        var content = RestContent.Message(new MessageProperties { Content = "hi" }).CreateHttpContent();

        Assert.Equal("application/json", content.Headers.ContentType!.ToString());
        Assert.Equal("""{"content":"hi"}""", await content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Puts_payload_json_and_numbered_files_in_a_multipart_body()
    {
        var file = AttachmentProperties.File("usage.png", Png, "CPU and memory");
        var message = new MessageProperties
        {
            Embeds = [new Embed { Title = "Midgard", Image = new EmbedMedia { Url = file.AttachmentUrl } }],
            Attachments = [file],
        };

        var content = (MultipartFormDataContent)RestContent.Message(message).CreateHttpContent();
        var parts = content.ToList();

        Assert.Equal(2, parts.Count);
        Assert.Equal("payload_json", parts[0].Headers.ContentDisposition!.Name!.Trim('"'));
        using var payload = JsonDocument.Parse(await parts[0].ReadAsStringAsync(TestContext.Current.CancellationToken));
        var attachment = payload.RootElement.GetProperty("attachments")[0];
        Assert.Equal("0", attachment.GetProperty("id").GetString());
        Assert.Equal("usage.png", attachment.GetProperty("filename").GetString());
        Assert.Equal("attachment://usage.png", payload.RootElement.GetProperty("embeds")[0].GetProperty("image").GetProperty("url").GetString());
        Assert.Equal("files[0]", parts[1].Headers.ContentDisposition!.Name!.Trim('"'));
        Assert.Equal("usage.png", parts[1].Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.Equal("image/png", parts[1].Headers.ContentType!.MediaType);
        Assert.Equal(Png, await parts[1].ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Lists_kept_attachments_by_id_and_new_files_by_index()
    {
        var message = new MessageProperties
        {
            Attachments = [AttachmentProperties.Keep(1317000000000000001), AttachmentProperties.File("new.png", Png)],
        };

        using var payload = JsonDocument.Parse(RestContent.Message(message).PayloadJson);

        var attachments = payload.RootElement.GetProperty("attachments");
        Assert.Equal("1317000000000000001", attachments[0].GetProperty("id").GetString());
        Assert.False(attachments[0].TryGetProperty("filename", out _));
        Assert.Equal("0", attachments[1].GetProperty("id").GetString());
    }

    [Fact]
    public void Writes_an_empty_attachments_list_to_remove_all_files()
    {
        var payload = RestContent.Message(new MessageProperties { Content = "x", Attachments = [] }).PayloadJson;

        Assert.Equal("""{"content":"x","attachments":[]}""", payload);
    }

    [Fact]
    public void Writes_components_with_their_type_and_snake_case_names()
    {
        var message = new MessageProperties
        {
            Components = [new ActionRow { Components = [new Button { Style = ButtonStyle.Success, CustomId = "power:a:start", Label = "Start" }] }],
        };

        var payload = RestContent.Message(message).PayloadJson;

        Assert.Equal("""{"components":[{"type":1,"components":[{"type":2,"style":3,"label":"Start","custom_id":"power:a:start"}]}]}""", payload);
    }

    [Fact]
    public void Writes_a_deferred_callback_as_type_only()
    {
        Assert.Equal("""{"type":6}""", RestContent.Callback(InteractionCallback.DeferredUpdate).PayloadJson);
        Assert.Equal("""{"type":5,"data":{"flags":64}}""", RestContent.Callback(InteractionCallback.DeferredMessage(ephemeral: true)).PayloadJson);
    }

    [Fact]
    public void Writes_command_permissions_as_a_number()
    {
        var payload = RestContent.Json(new[] { new ApplicationCommandProperties { Name = "power", Description = "d", DefaultMemberPermissions = 32 } }).PayloadJson;

        Assert.Equal("""[{"name":"power","type":1,"description":"d","default_member_permissions":32}]""", payload);
    }
}
