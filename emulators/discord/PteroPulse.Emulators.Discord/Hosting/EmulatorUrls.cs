namespace PteroPulse.Emulators.Discord.Hosting;

/// <summary>The addresses the emulator answers on, known once Kestrel has bound its port.</summary>
public sealed class EmulatorUrls
{
    public string BaseUrl { get; set; } = "http://127.0.0.1";

    public string ApiUrl => BaseUrl + "/api/v10";

    /// <summary>What GET /gateway returns; clients append "/?v=10&amp;encoding=json".</summary>
    public string GatewayUrl => "ws" + BaseUrl[4..] + "/gateway";

    /// <summary>Discord hands out a different URL for Resume; so does the emulator, and it checks clients use it.</summary>
    public string ResumeGatewayUrl => "ws" + BaseUrl[4..] + "/gateway-resume";

    public string ViewerUrl => BaseUrl + "/viewer/";

    public string FileUrl(ulong channelId, ulong attachmentId, string filename) =>
        $"{BaseUrl}/attachments/{channelId}/{attachmentId}/{Uri.EscapeDataString(filename)}";
}
