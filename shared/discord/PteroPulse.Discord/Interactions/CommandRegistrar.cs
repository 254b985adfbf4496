using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PteroPulse.Discord.Models;
using PteroPulse.Discord.Rest;

namespace PteroPulse.Discord.Interactions;

/// <summary>
/// Registers the slash command definitions by bulk overwrite (globally, or per configured guild), but only when
/// Discord's current set differs: unchanged restarts cost one GET and no command creates.
/// </summary>
public sealed class CommandRegistrar(
    IServiceScopeFactory scopes,
    IDiscordRestClient rest,
    IOptions<DiscordInteractionsOptions> options,
    ILogger<CommandRegistrar> logger)
{
    /// <summary>Returns how many scopes (global or guilds) were written.</summary>
    public async Task<int> RegisterAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<ApplicationCommandProperties> wanted;
        await using (var scope = scopes.CreateAsyncScope())
        {
            wanted = [.. scope.ServiceProvider.GetRequiredService<InteractionRouter>().Definitions.OrderBy(c => c.Name, StringComparer.Ordinal)];
        }

        var applicationId = await rest.GetApplicationIdAsync(cancellationToken);
        var guilds = options.Value.CommandGuildIds;
        var written = 0;
        if (guilds.Count == 0)
        {
            var existing = await rest.GetGlobalCommandsAsync(applicationId, cancellationToken);
            written += await WriteIfChangedAsync("global", wanted, existing, ct => rest.BulkOverwriteGlobalCommandsAsync(applicationId, wanted, ct), cancellationToken);
        }

        foreach (var guildId in guilds)
        {
            var existing = await rest.GetGuildCommandsAsync(applicationId, guildId, cancellationToken);
            written += await WriteIfChangedAsync($"guild {guildId}", wanted, existing, ct => rest.BulkOverwriteGuildCommandsAsync(applicationId, guildId, wanted, ct), cancellationToken);
        }

        return written;
    }

    private async Task<int> WriteIfChangedAsync(
        string scope,
        IReadOnlyList<ApplicationCommandProperties> wanted,
        IReadOnlyList<ApplicationCommand> existing,
        Func<CancellationToken, Task<IReadOnlyList<ApplicationCommand>>> overwrite,
        CancellationToken cancellationToken)
    {
        if (CommandComparer.Same(wanted, existing))
        {
            InteractionLog.CommandsUnchanged(logger, scope);
            return 0;
        }

        var registered = await overwrite(cancellationToken);
        InteractionLog.CommandsRegistered(logger, registered.Count, scope);
        return 1;
    }
}
