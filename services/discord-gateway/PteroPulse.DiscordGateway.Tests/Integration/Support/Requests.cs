namespace PteroPulse.DiscordGateway.Tests.Integration.Support;

internal static class Requests
{
    /// <summary>
    /// Every request the services sent passed the emulator's OpenAPI validation (no 400/50035, no field the spec does
    /// not know) and none was rate limited. <paramref name="expectedRefusals"/> are Discord codes a test provoked.
    /// </summary>
    public static void AssertAllValid(Stack stack, params int[] expectedRefusals)
    {
        var requests = stack.Control.Requests;
        Assert.NotEmpty(requests);
        bool Expected(Emulators.Discord.Rest.RequestLogEntry r) => r.ErrorCode is { } code && expectedRefusals.Contains(code);
        Assert.DoesNotContain(requests, r => r.Status == 429 && !Expected(r));
        Assert.DoesNotContain(requests, r => r.UnknownFields.Count > 0);
        Assert.DoesNotContain(requests, r => r.Status >= 400 && !Expected(r));
    }
}
