namespace PteroPulse.Poller.Pterodactyl;

/// <summary>GET /api/client/account: <see cref="Admin"/> decides whether type=admin-all lists the whole panel.</summary>
public sealed record PanelAccount(int Id, string Username, bool Admin);
