using Microsoft.Extensions.DependencyInjection;
using PteroPulse.DiscordGateway.Locations;

namespace PteroPulse.DiscordGateway.Tests.Integration.Support;

/// <summary>Questions the embed failure tests ask the services and the emulators.</summary>
internal static class EmbedChecks
{
    public const ulong EmbedLinks = 1UL << 14;
    public const ulong AttachFiles = 1UL << 15;

    public static async Task<IReadOnlyList<EmbedLocation>> Locations(Stack stack) =>
        await stack.Services.GetRequiredService<IEmbedLocationStore>().GetAllAsync(TestContext.Current.CancellationToken);

    public static int Edits(Stack stack, ulong messageId) =>
        stack.Control.Requests.Count(r => r.Method == "PATCH" && r.Path.EndsWith($"/messages/{messageId}", StringComparison.Ordinal));

    public static int ResourcePolls(Stack stack, string serverId) =>
        stack.Panel.Panel.Requests.Entries.Count(r => r.Path.Contains($"/servers/{serverId}/resources", StringComparison.Ordinal));
}
