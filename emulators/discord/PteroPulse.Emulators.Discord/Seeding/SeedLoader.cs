using System.Globalization;
using System.Text.Json;
using PteroPulse.Emulators.Discord.State;

namespace PteroPulse.Emulators.Discord.Seeding;

/// <summary>Turns a seed (object or JSON file) into emulator state, naming every problem it finds.</summary>
public static class SeedLoader
{
    private static readonly JsonSerializerOptions FileOptions = new(JsonSerializerDefaults.Web);

    public static EmulatorSeed Resolve(EmulatorSeed? seed, string? seedFile)
    {
        if (seed is not null)
        {
            return seed;
        }

        if (string.IsNullOrWhiteSpace(seedFile))
        {
            return DefaultSeed.Create();
        }

        if (!File.Exists(seedFile))
        {
            throw new InvalidOperationException($"DiscordEmulator:SeedFile '{seedFile}' does not exist.");
        }

        return JsonSerializer.Deserialize<EmulatorSeed>(File.ReadAllText(seedFile), FileOptions)
            ?? throw new InvalidOperationException($"DiscordEmulator:SeedFile '{seedFile}' is empty.");
    }

    public static void Apply(EmulatorSeed seed, EmulatorState state, string botName, DateTimeOffset now)
    {
        var problems = new List<string>();
        state.Users[state.BotUserId] = new UserState { Id = state.BotUserId, Username = botName, Bot = true };
        foreach (var user in seed.Users)
        {
            state.Users[user.Id] = new UserState { Id = user.Id, Username = user.Username, GlobalName = user.GlobalName };
        }

        foreach (var g in seed.Guilds)
        {
            var guild = new GuildState { Id = g.Id, Name = g.Name, OwnerId = g.OwnerId, JoinedAt = now };
            guild.Roles[g.Id] = new RoleState { Id = g.Id, Name = "@everyone", Permissions = ParseBits(g.EveryonePermissions, $"guild {g.Id} everyone", problems) };
            foreach (var r in g.Roles)
            {
                guild.Roles[r.Id] = new RoleState { Id = r.Id, Name = r.Name, Permissions = ParseBits(r.Permissions, $"role {r.Id}", problems), Color = r.Color, Position = r.Position };
            }

            foreach (var m in g.Members)
            {
                if (!state.Users.ContainsKey(m.UserId))
                {
                    problems.Add($"guild {g.Id} member {m.UserId} has no entry in Users");
                }

                guild.Members[m.UserId] = NewMember(m.UserId, m.Nick, m.Roles, guild, problems, now);
            }

            guild.Members[state.BotUserId] = NewMember(state.BotUserId, null, g.BotRoles, guild, problems, now);
            foreach (var c in g.Channels)
            {
                var channel = new ChannelState { Id = c.Id, GuildId = g.Id, Name = c.Name, Type = c.Type, ParentId = c.ParentId, Topic = c.Topic, Position = c.Position };
                foreach (var o in c.PermissionOverwrites)
                {
                    channel.Overwrites[o.Id] = new OverwriteState { Id = o.Id, Type = o.Type, Allow = ParseBits(o.Allow, $"channel {c.Id} overwrite", problems), Deny = ParseBits(o.Deny, $"channel {c.Id} overwrite", problems) };
                }

                state.Channels[c.Id] = channel;
                guild.ChannelIds.Add(c.Id);
            }

            state.Guilds[g.Id] = guild;
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Invalid Discord emulator seed:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }
    }

    private static MemberState NewMember(ulong userId, string? nick, List<ulong> roles, GuildState guild, List<string> problems, DateTimeOffset now)
    {
        var member = new MemberState { UserId = userId, Nick = nick, JoinedAt = now };
        foreach (var roleId in roles)
        {
            if (!guild.Roles.ContainsKey(roleId))
            {
                problems.Add($"guild {guild.Id} member {userId} has unknown role {roleId}");
            }

            member.Roles.Add(roleId);
        }

        return member;
    }

    private static ulong ParseBits(string value, string where, List<string> problems)
    {
        if (ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var bits))
        {
            return bits;
        }

        problems.Add($"{where}: permissions '{value}' is not a decimal bitset");
        return 0;
    }
}
