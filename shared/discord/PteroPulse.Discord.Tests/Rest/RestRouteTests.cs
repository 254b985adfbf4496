using PteroPulse.Discord.Rest;

namespace PteroPulse.Discord.Tests.Rest;

public sealed class RestRouteTests
{
    [Fact]
    public void Keeps_the_channel_as_major_parameter_and_replaces_other_ids()
    {
        var route = RestRoute.From(HttpMethod.Patch, "channels/111/messages/222");

        Assert.Equal("PATCH channels/{major}/messages/{id}", route.Template);
        Assert.Equal("111", route.MajorParameter);
        Assert.False(route.IsInteraction);
    }

    [Fact]
    public void Hides_the_interaction_token_from_the_template_and_marks_the_route_as_interaction()
    {
        var route = RestRoute.From(HttpMethod.Post, "interactions/333/secret-token/callback");

        Assert.Equal("POST interactions/{major}/{token}/callback", route.Template);
        Assert.Equal("333/secret-token", route.MajorParameter);
        Assert.True(route.IsInteraction);
        Assert.DoesNotContain("secret-token", route.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_followups_by_application_and_token_and_ignores_the_query()
    {
        var route = RestRoute.From(HttpMethod.Patch, "webhooks/131/tok/messages/@original?with_components=true");

        Assert.Equal("PATCH webhooks/{major}/{token}/messages/@original", route.Template);
        Assert.Equal("131/tok", route.MajorParameter);
        Assert.True(route.IsInteraction);
    }

    [Fact]
    public void Has_no_major_parameter_for_application_routes()
    {
        var route = RestRoute.From(HttpMethod.Put, "applications/131/guilds/129/commands");

        Assert.Equal("PUT applications/{id}/guilds/{id}/commands", route.Template);
        Assert.Equal("", route.MajorParameter);
    }

    [Fact]
    public void Gives_different_channels_different_major_parameters()
    {
        var first = RestRoute.From(HttpMethod.Post, "channels/1/messages");
        var second = RestRoute.From(HttpMethod.Post, "channels/2/messages");

        Assert.Equal(first.Template, second.Template);
        Assert.NotEqual(first.MajorParameter, second.MajorParameter);
    }
}
