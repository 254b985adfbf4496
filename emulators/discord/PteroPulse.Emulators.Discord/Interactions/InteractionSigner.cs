using System.Text;
using NSec.Cryptography;
using PteroPulse.Emulators.Discord.Hosting;

namespace PteroPulse.Emulators.Discord.Interactions;

/// <summary>Signs HTTP interactions as Discord does: Ed25519 over the timestamp followed by the raw body.</summary>
public sealed class InteractionSigner : IDisposable
{
    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;
    private readonly Key _key;

    public InteractionSigner(DiscordEmulatorOptions options)
    {
        _key = Key.Import(Algorithm, Convert.FromHexString(options.SigningKeySeedHex), KeyBlobFormat.RawPrivateKey);
        PublicKeyHex = Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
    }

    /// <summary>The application's "Public Key" (64 hex characters) a bot verifies with.</summary>
    public string PublicKeyHex { get; }

    public string Sign(string timestamp, byte[] body)
    {
        var message = new byte[Encoding.UTF8.GetByteCount(timestamp) + body.Length];
        var written = Encoding.UTF8.GetBytes(timestamp, message);
        body.CopyTo(message, written);
        return Convert.ToHexStringLower(Algorithm.Sign(_key, message));
    }

    /// <summary>A signature that looks right but is not, for Discord's deliberate bad-signature check.</summary>
    public string BadSignature(string timestamp, byte[] body)
    {
        var good = Convert.FromHexString(Sign(timestamp, body));
        good[0] ^= 0xFF;
        return Convert.ToHexStringLower(good);
    }

    public void Dispose() => _key.Dispose();
}
