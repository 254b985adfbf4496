namespace PteroPulse.Emulators.Panel.Model;

/// <summary>A key is 16 characters of identifier (prefix included) and a 32-character secret.</summary>
public sealed record EmulatedApiKey(string Token, ApiKeyKind Kind, EmulatedUser User)
{
    public string Identifier => Token[..16];
}
