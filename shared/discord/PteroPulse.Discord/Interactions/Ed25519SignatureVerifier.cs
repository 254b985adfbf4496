using System.Text;
using Microsoft.Extensions.Options;
using NSec.Cryptography;

namespace PteroPulse.Discord.Interactions;

/// <summary>Ed25519 verification with NSec (libsodium); the .NET 10 base library has no Ed25519.</summary>
public sealed class Ed25519SignatureVerifier : IInteractionSignatureVerifier
{
    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;
    private readonly PublicKey? _key;

    public Ed25519SignatureVerifier(IOptions<DiscordInteractionsOptions> options)
    {
        var hex = options.Value.PublicKey;
        _key = hex.Length == 64 ? PublicKey.Import(Algorithm, Convert.FromHexString(hex), KeyBlobFormat.RawPublicKey) : null;
    }

    public bool Verify(string signatureHex, string timestamp, ReadOnlySpan<byte> body)
    {
        if (_key is null || signatureHex.Length != 128 || !signatureHex.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        var signature = Convert.FromHexString(signatureHex);
        var timestampLength = Encoding.UTF8.GetByteCount(timestamp);
        var message = new byte[timestampLength + body.Length];
        Encoding.UTF8.GetBytes(timestamp, message);
        body.CopyTo(message.AsSpan(timestampLength));
        return Algorithm.Verify(_key, message, signature);
    }
}
