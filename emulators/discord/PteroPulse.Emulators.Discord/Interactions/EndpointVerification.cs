namespace PteroPulse.Emulators.Discord.Interactions;

/// <summary>What the emulator learned about the interactions endpoint: Discord saves the URL only if both checks pass.</summary>
public sealed record EndpointVerification(bool PingAnswered, bool BadSignatureRejected, string? Problem)
{
    public bool Passed => PingAnswered && BadSignatureRejected;
}
