namespace PteroPulse.DiscordGateway.Alerts;

/// <summary>One alert to post: a condition began (<see cref="IsRecovery"/> false) or ended (true).</summary>
public sealed record ServerAlert(AlertKind Kind, string ServerId, string ServerName, bool IsRecovery, string Text, DateTimeOffset At);
