namespace PteroPulse.Poller.Pterodactyl;

/// <summary>GET /websocket: a 10-minute JWT (opaque to us) and the Wings socket URL.</summary>
public sealed record WebsocketCredentials(string Token, Uri Socket);
