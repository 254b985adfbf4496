namespace PteroPulse.Emulators.Panel.Model;

/// <summary>
/// Builds a repeatable fleet from the options: several nodes, a root admin who owns nothing (so only
/// <c>type=admin-all</c> shows everything), an owner of every server, and a subuser with control permissions on a few.
/// Names mix Latin, non-Latin scripts and emoji, because real communities name servers that way.
/// </summary>
public static class FleetGenerator
{
    private static readonly string[] Names =
    [
        "Midgard (Valheim)", "ATM9 (Minecraft)", "Мир Майнкрафта", "東京サーバー", "🐉 Dragon Realm", "Rust Nord",
        "Ñandú Árbol", "Σπάρτη Survival", "서울 서버", "خادم الصحراء", "🚀 Space Station 13", "Terraria – Calamity",
        "Ark: Ragnarok", "CS2 Retake 🎯", "Palworld 🐾 Co-op", "Zomboid Knox",
    ];

    private static readonly string[] NodeNames = ["fra1", "nyc1", "sgp1", "lon1", "tor1", "syd1", "ams1", "blr1"];

    public static Fleet Create(PanelEmulatorOptions options, DateTimeOffset now)
    {
        var random = new Random(options.Seed);
        var nodes = Enumerable.Range(1, options.NodeCount).Select(i => CreateNode(i, random, now)).ToList();
        var admin = new EmulatedUser { Id = 1, Uuid = Uuid(random), Username = "pteropulse", RootAdmin = true };
        var owner = new EmulatedUser { Id = 2, Uuid = Uuid(random), Username = "owner", RootAdmin = false };
        var shortIds = new HashSet<string>(StringComparer.Ordinal);
        var servers = Enumerable.Range(1, options.ServerCount)
            .Select(i => CreateServer(i, UniqueUuid(random, shortIds), nodes[(i - 1) % nodes.Count], owner.Id, options, random, now))
            .ToList();
        var controlled = servers.Take(3).ToDictionary(s => s.InternalId,
            _ => (IReadOnlyList<string>)["control.console", "control.start", "control.stop", "websocket.connect"]);
        var subuser = new EmulatedUser { Id = 3, Uuid = Uuid(random), Username = "helper", RootAdmin = false, Subuser = controlled };
        var users = new[] { admin, owner, subuser };
        var (client, application) = options.Flavor == PanelFlavor.Pelican ? ("pacc_", "papp_") : ("ptlc_", "ptla_");
        var keys = new List<EmulatedApiKey>
        {
            new(Key(client, random), ApiKeyKind.Client, admin),
            new(Key(application, random), ApiKeyKind.Application, admin),
            new(Key(client, random), ApiKeyKind.Client, owner),
            new(Key(client, random), ApiKeyKind.Client, subuser),
        };
        return new Fleet(nodes, users, keys, servers);
    }

    private static EmulatedNode CreateNode(int id, Random random, DateTimeOffset now)
    {
        var name = id <= NodeNames.Length ? NodeNames[id - 1] : $"node{id}";
        return new EmulatedNode
        {
            Id = id, Uuid = Uuid(random), Name = name, Fqdn = $"wings-{name}.example.org",
            Description = $"Node {name}", DaemonToken = Secret(random, 64), CreatedAt = now.AddDays(-300),
        };
    }

    private static EmulatedServer CreateServer(int id, string uuid, EmulatedNode node, int ownerId, PanelEmulatorOptions options, Random random, DateTimeOffset now)
    {
        var seed = random.Next();
        var memory = new[] { 1024, 2048, 4096, 6144, 8192, 12288, 0 }[seed % 7];
        var cpu = new[] { 100, 200, 300, 400, 0 }[seed % 5];
        var disk = new[] { 10240, 30720, 51200, 0 }[seed % 4];
        var running = random.NextDouble() < options.RunningFraction;
        var baseName = Names[(id - 1) % Names.Length];
        var name = id <= Names.Length ? baseName : $"{baseName} #{id}";
        var ip = $"203.0.{113 + node.Id % 3}.{(id % 250) + 1}";
        var port = 25565 + id % 30000;
        var startedAt = now.AddSeconds(-(seed % 86_400) - 60);
        return new EmulatedServer
        {
            InternalId = id,
            Uuid = uuid,
            Name = name,
            Description = id % 3 == 0 ? "" : $"Community server {id}, weekly backups",
            ExternalId = id % 4 == 0 ? $"ext-{id}" : null,
            Node = node,
            OwnerId = ownerId,
            Limits = new ServerLimits(memory, seed % 2 == 0 ? 0 : -1, disk, 500, cpu, seed % 3 == 0 ? "0-3" : null, seed % 2 == 0),
            Allocations =
            [
                new EmulatedAllocation(id * 2, ip, id % 2 == 0 ? $"play{id}.example.org" : null, port, null, true),
                new EmulatedAllocation(id * 2 + 1, ip, null, port + 1, "query", false),
            ],
            CreatedAt = now.AddDays(-(seed % 400)),
            Power = new PowerTimeline(running ? PowerStates.Running : PowerStates.Offline, startedAt, options.StartDuration, options.StopDuration),
            Load = new LoadProfile(seed, (1L + seed % 20) * 512 * 1024 * 1024),
        };
    }

    /// <summary>The 8-character identifier must be unique too; at 50,000 servers a clash is likely otherwise.</summary>
    private static string UniqueUuid(Random random, HashSet<string> shortIds)
    {
        while (true)
        {
            var uuid = Uuid(random);
            if (shortIds.Add(uuid[..8]))
            {
                return uuid;
            }
        }
    }

    private static string Uuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }

    private static string Key(string prefix, Random random) => prefix + Secret(random, 11) + Secret(random, 32);

    private static string Secret(Random random, int length)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        return string.Create(length, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[r.Next(alphabet.Length)];
            }
        });
    }
}
