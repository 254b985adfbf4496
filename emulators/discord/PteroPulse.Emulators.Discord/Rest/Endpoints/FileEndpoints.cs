using PteroPulse.Emulators.Discord.State;

namespace PteroPulse.Emulators.Discord.Rest.Endpoints;

/// <summary>Serves uploaded files back, like Discord's CDN, so tests and the viewer can see the PNGs.</summary>
public static class FileEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/attachments/{channelId}/{attachmentId}/{filename}", (ulong channelId, ulong attachmentId, EmulatorState state) =>
        {
            lock (state.Gate)
            {
                var file = state.Messages.Values
                    .Where(m => m.ChannelId == channelId && !m.Deleted)
                    .SelectMany(m => m.Files)
                    .FirstOrDefault(f => f.Id == attachmentId);
                return file is null ? Results.NotFound() : Results.File(file.Data, file.ContentType);
            }
        });
}
