using System.Text.Json.Nodes;

namespace PteroPulse.Standalone.Check;

/// <summary>One Discord answer: the status (0 when nothing answered), the JSON body, and Discord's own message.</summary>
public sealed record DiscordAnswer(int Status, JsonNode? Body, string Detail)
{
    public bool IsOk => Status is >= 200 and < 300 && Body is not null;

    public string Describe() => Status == 0 ? Detail : $"HTTP {Status}{(Detail.Length > 0 ? $" {Detail}" : "")}";
}
