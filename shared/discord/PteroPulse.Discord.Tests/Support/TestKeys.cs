using System.Text;
using NSec.Cryptography;

namespace PteroPulse.Discord.Tests.Support;

/// <summary>RFC 8032 §7.1 test 1 key pair (also used by discord-api.md's Discord-shaped vector).</summary>
internal static class TestKeys
{
    public const string PublicKeyHex = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    private const string SeedHex = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";

    public static string Sign(string timestamp, string body) => Sign(SeedHex, timestamp, body);

    public static string Sign(string seedHex, string timestamp, string body)
    {
        using var key = Key.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(seedHex), KeyBlobFormat.RawPrivateKey);
        return Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(key, Encoding.UTF8.GetBytes(timestamp + body)));
    }
}
