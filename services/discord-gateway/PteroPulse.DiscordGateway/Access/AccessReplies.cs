using System.Globalization;

namespace PteroPulse.DiscordGateway.Access;

/// <summary>What a member reads when a check says no: what is missing, never which roles would work.</summary>
public static class AccessReplies
{
    public static string For(AccessDecision decision, TimeSpan? wait = null) => decision switch
    {
        AccessDecision.GuildNotAllowed => "⛔ PteroPulse is not enabled for this server.",
        AccessDecision.ServerNotVisible => "⛔ That game server is not available here.",
        AccessDecision.MissingRole => "⛔ You do not have a role that may do this.",
        AccessDecision.CoolingDown => string.Create(CultureInfo.InvariantCulture,
            $"⏳ Easy — you can press that again in {Math.Ceiling((wait ?? TimeSpan.Zero).TotalSeconds):0} s."),
        _ => "",
    };
}
