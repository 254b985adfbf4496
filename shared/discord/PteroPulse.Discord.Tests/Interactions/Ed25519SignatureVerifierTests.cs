using System.Text;
using Microsoft.Extensions.Options;
using PteroPulse.Discord.Interactions;
using PteroPulse.Discord.Tests.Support;

namespace PteroPulse.Discord.Tests.Interactions;

public sealed class Ed25519SignatureVerifierTests
{
    private const string Timestamp = "1767225600";
    private const string Body = """{"type":1,"id":"1330000000000000001","application_id":"1310000000000000000","token":"aW50ZXJhY3Rpb246cGluZw","version":1}""";
    private const string Signature = "832694f0efcc06c7e32b31b461e2d39202a8f7eb9bd8c658f2681ba1bc601b5f1d98cf0493019ca21bf9966d0a7e82f65b50170343d792daf9270dad8a091101";

    private readonly Ed25519SignatureVerifier _verifier = new(Options.Create(new DiscordInteractionsOptions { PublicKey = TestKeys.PublicKeyHex }));

    [Fact]
    public void Accepts_the_discord_shaped_test_vector()
    {
        Assert.True(_verifier.Verify(Signature, Timestamp, Encoding.UTF8.GetBytes(Body)));
    }

    [Fact]
    public void Refuses_a_changed_body()
    {
        Assert.False(_verifier.Verify(Signature, Timestamp, Encoding.UTF8.GetBytes(Body.Replace("\"type\":1", "\"type\":2", StringComparison.Ordinal))));
    }

    [Fact]
    public void Refuses_a_changed_timestamp()
    {
        Assert.False(_verifier.Verify(Signature, "1767225601", Encoding.UTF8.GetBytes(Body)));
    }

    [Fact]
    public void Refuses_a_signature_that_is_not_hex()
    {
        Assert.False(_verifier.Verify(new string('z', 128), Timestamp, Encoding.UTF8.GetBytes(Body)));
    }

    [Fact]
    public void Refuses_everything_without_a_configured_key()
    {
        var verifier = new Ed25519SignatureVerifier(Options.Create(new DiscordInteractionsOptions()));

        Assert.False(verifier.Verify(Signature, Timestamp, Encoding.UTF8.GetBytes(Body)));
    }
}
