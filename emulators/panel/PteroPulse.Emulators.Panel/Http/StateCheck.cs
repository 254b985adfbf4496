namespace PteroPulse.Emulators.Panel.Http;

/// <summary>Which 409 checks a server route applies (AuthenticateServerAccess).</summary>
internal enum StateCheck
{
    /// <summary>resources, power, command...: 409 for everyone.</summary>
    Always,

    /// <summary>GET /servers/{id}: never 409.</summary>
    Never,

    /// <summary>websocket: root admins pass while installing, restoring or transferring.</summary>
    Websocket,
}

/// <summary>Endpoint metadata carrying the route's <see cref="StateCheck"/>.</summary>
internal sealed record StateCheckMetadata(StateCheck Check);
