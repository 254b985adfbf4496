using PteroPulse.Discord.Models;

namespace PteroPulse.Discord.Rest;

internal sealed partial class DiscordRestClient
{
    public async Task<IReadOnlyList<ApplicationCommand>> GetGlobalCommandsAsync(ulong applicationId, CancellationToken cancellationToken = default) =>
        await sender.SendAsync<List<ApplicationCommand>>(HttpMethod.Get, $"applications/{applicationId}/commands", null, cancellationToken);

    public async Task<IReadOnlyList<ApplicationCommand>> GetGuildCommandsAsync(ulong applicationId, ulong guildId, CancellationToken cancellationToken = default) =>
        await sender.SendAsync<List<ApplicationCommand>>(HttpMethod.Get, $"applications/{applicationId}/guilds/{guildId}/commands", null, cancellationToken);

    public async Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGlobalCommandsAsync(ulong applicationId, IReadOnlyList<ApplicationCommandProperties> commands, CancellationToken cancellationToken = default) =>
        await sender.SendAsync<List<ApplicationCommand>>(HttpMethod.Put, $"applications/{applicationId}/commands", RestContent.Json(commands), cancellationToken);

    public async Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGuildCommandsAsync(ulong applicationId, ulong guildId, IReadOnlyList<ApplicationCommandProperties> commands, CancellationToken cancellationToken = default) =>
        await sender.SendAsync<List<ApplicationCommand>>(HttpMethod.Put, $"applications/{applicationId}/guilds/{guildId}/commands", RestContent.Json(commands), cancellationToken);
}
