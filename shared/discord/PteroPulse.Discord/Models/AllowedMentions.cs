namespace PteroPulse.Discord.Models;

/// <summary>Which mentions may ping; <see cref="None"/> (an empty <c>parse</c> list) keeps status text from pinging anyone.</summary>
public sealed record AllowedMentions
{
    public static AllowedMentions None { get; } = new() { Parse = [] };

    public IReadOnlyList<string>? Parse { get; init; }
    public IReadOnlyList<ulong>? Roles { get; init; }
    public IReadOnlyList<ulong>? Users { get; init; }
    public bool? RepliedUser { get; init; }
}
