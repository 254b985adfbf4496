namespace PteroPulse.Emulators.Panel.Model;

/// <summary>A panel account. The rate limit bucket is keyed by <see cref="Uuid"/>, shared by all of its keys.</summary>
public sealed record EmulatedUser
{
    public required int Id { get; init; }

    public required string Uuid { get; init; }

    public required string Username { get; init; }

    public required bool RootAdmin { get; init; }

    /// <summary>Servers this user is a subuser of, with the permissions granted there.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<string>> Subuser { get; init; } = new Dictionary<int, IReadOnlyList<string>>();
}
