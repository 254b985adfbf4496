using PteroPulse.Emulators.Panel.Model;

namespace PteroPulse.Emulators.Panel.Http;

/// <summary>What the panel answers when a node is down or Wings answers with an error (DaemonConnectionException).</summary>
internal static class WingsErrors
{
    public const string CouldNotConnect = "Could not establish a connection to the machine running this server. Please try again.";

    /// <summary>Waits as long as the panel would on the dead node, then gives its answer; null when the node is fine.</summary>
    public static async Task<IResult?> CheckAsync(HttpContext http, PanelEmulator panel, EmulatedNode node, bool passThroughStatus)
    {
        var fault = node.Fault;
        if (fault == NodeFault.None)
        {
            return null;
        }

        await panel.Requests.DelayAsync(node.FaultDelay, panel.Time, http.RequestAborted);
        if (fault == NodeFault.Offline)
        {
            return PanelResponses.Error(http, 504, "DaemonConnectionException", CouldNotConnect, displayException: true);
        }

        var code = node.WingsErrorCode;
        var status = passThroughStatus && code >= 500 ? code : 504;
        var detail = $"There was an error while communicating with the machine running this server. This error has been logged, please try again. (code: {code}) (request_id: {Guid.NewGuid()})";
        return PanelResponses.Error(http, status, "DaemonConnectionException", detail, displayException: true);
    }
}
