namespace PteroPulse.Discord.Interactions;

/// <summary>Checks Discord's Ed25519 signature of an HTTP interaction: over the timestamp followed by the raw body.</summary>
public interface IInteractionSignatureVerifier
{
    bool Verify(string signatureHex, string timestamp, ReadOnlySpan<byte> body);
}
