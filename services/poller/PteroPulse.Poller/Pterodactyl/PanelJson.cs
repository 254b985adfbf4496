using System.Text.Json;

namespace PteroPulse.Poller.Pterodactyl;

internal static class PanelJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };
}
