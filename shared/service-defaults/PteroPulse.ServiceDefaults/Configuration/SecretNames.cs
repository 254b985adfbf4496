namespace PteroPulse.ServiceDefaults.Configuration;

/// <summary>Configuration keys whose values must never be printed or logged.</summary>
public static class SecretNames
{
    // A connection string may carry a password (Redis, RabbitMQ URIs).
    private static readonly string[] Markers = ["token", "apikey", "password", "secret", "publickey", "connectionstring"];

    public static bool IsSecret(string key) =>
        Markers.Any(marker => key.Replace("_", "", StringComparison.Ordinal).Contains(marker, StringComparison.OrdinalIgnoreCase));
}
