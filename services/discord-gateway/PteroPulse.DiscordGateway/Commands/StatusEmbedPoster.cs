using PteroPulse.Contracts;
using PteroPulse.Discord.Rest;
using PteroPulse.DiscordGateway.Servers;
using PteroPulse.DiscordGateway.Updates;

namespace PteroPulse.DiscordGateway.Commands;

/// <summary>Posts the status embed of a server in a channel and records its location (what /server_status ends in).</summary>
public sealed class StatusEmbedPoster(ServerDirectory directory, StatusMessageFactory factory, EmbedEditor editor, TimeProvider timeProvider)
{
    public const string MissingPermissions =
        "⚠️ I cannot post here: I need **View Channel**, **Send Messages**, **Embed Links** and **Attach Files** in this channel.";

    /// <summary>Posts and returns the member's reply: a confirmation, or what permission the bot lacks.</summary>
    public async Task<string> PostAsync(ulong guildId, ulong channelId, ServerSummary server, CancellationToken cancellationToken)
    {
        var sample = directory.SampleOf(server, timeProvider.GetUtcNow());
        var snapshot = await factory.BuildAsync(sample, null, cancellationToken);
        try
        {
            await editor.PostAsync(guildId, channelId, snapshot.Message, cancellationToken);
            return $"✅ Posted the status of **{server.Name}** here. It keeps itself up to date.";
        }
        catch (DiscordRestException ex) when (ex.Code is DiscordErrorCodes.MissingAccess or DiscordErrorCodes.MissingPermissions)
        {
            return MissingPermissions;
        }
    }
}
