namespace PteroPulse.Poller.Pterodactyl;

/// <summary>Register one to send the panel client's requests through another handler (a test server, a proxy).</summary>
public sealed record PanelHttpHandler(HttpMessageHandler Handler);
