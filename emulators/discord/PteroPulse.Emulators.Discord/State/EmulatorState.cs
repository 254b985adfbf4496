namespace PteroPulse.Emulators.Discord.State;

/// <summary>
/// The whole emulated world in memory. Every read and write happens under <see cref="Gate"/>: the emulator serves
/// tests, not load, so one lock keeps the rules simple and the state consistent.
/// </summary>
public sealed class EmulatorState(ulong botUserId)
{
    public object Gate { get; } = new();

    public ulong BotUserId { get; } = botUserId;

    public Dictionary<ulong, UserState> Users { get; } = [];

    public Dictionary<ulong, GuildState> Guilds { get; } = [];

    public Dictionary<ulong, ChannelState> Channels { get; } = [];

    public Dictionary<ulong, MessageState> Messages { get; } = [];

    public List<CommandState> Commands { get; } = [];

    public Dictionary<ulong, InteractionState> Interactions { get; } = [];

    public Dictionary<string, InteractionState> InteractionsByToken { get; } = new(StringComparer.Ordinal);

    /// <summary>Command creations per guild and day, for the 200-per-day limit (code 30034).</summary>
    public Dictionary<(ulong? GuildId, DateOnly Day), int> CommandCreates { get; } = [];

    public IEnumerable<MessageState> MessagesIn(ulong channelId) =>
        Messages.Values.Where(m => m.ChannelId == channelId && !m.Deleted).OrderBy(m => m.Id);

    public MemberState? BotMember(ulong guildId) =>
        Guilds.TryGetValue(guildId, out var guild) && guild.Members.TryGetValue(BotUserId, out var member) ? member : null;

    /// <summary>The bot's permissions in a channel; DMs allow everything.</summary>
    public ulong BotPermissionsIn(ChannelState channel) => PermissionsIn(channel, BotUserId);

    public ulong PermissionsIn(ChannelState channel, ulong userId)
    {
        if (channel.GuildId is not { } guildId || !Guilds.TryGetValue(guildId, out var guild))
        {
            return Permissions.All;
        }

        return guild.Members.TryGetValue(userId, out var member) ? Permissions.InChannel(guild, channel, member) : 0;
    }
}
