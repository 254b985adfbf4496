namespace PteroPulse.Emulators.Panel.Model;

/// <summary>Everything the emulated panel stores: nodes, users, keys and servers, in id order.</summary>
public sealed class Fleet
{
    private readonly Dictionary<string, EmulatedServer> _byIdentifier;
    private readonly Dictionary<string, EmulatedServer> _byUuid;

    public Fleet(IReadOnlyList<EmulatedNode> nodes, IReadOnlyList<EmulatedUser> users, IReadOnlyList<EmulatedApiKey> keys,
        IReadOnlyList<EmulatedServer> servers)
    {
        Nodes = nodes;
        Users = users;
        Keys = keys;
        Servers = servers;
        _byIdentifier = servers.ToDictionary(s => s.Identifier, StringComparer.Ordinal);
        _byUuid = servers.ToDictionary(s => s.Uuid, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<EmulatedNode> Nodes { get; }

    public IReadOnlyList<EmulatedUser> Users { get; }

    public IReadOnlyList<EmulatedApiKey> Keys { get; }

    public IReadOnlyList<EmulatedServer> Servers { get; }

    /// <summary>The panel picks the short form when the value has 8 characters, else the full UUID.</summary>
    public EmulatedServer? Find(string identifierOrUuid) =>
        identifierOrUuid.Length == 8
            ? _byIdentifier.GetValueOrDefault(identifierOrUuid)
            : _byUuid.GetValueOrDefault(identifierOrUuid);

    public EmulatedApiKey? FindKey(string token) => Keys.FirstOrDefault(k => string.Equals(k.Token, token, StringComparison.Ordinal));

    public EmulatedNode? FindNode(string name) => Nodes.FirstOrDefault(n => string.Equals(n.Name, name, StringComparison.OrdinalIgnoreCase));
}
