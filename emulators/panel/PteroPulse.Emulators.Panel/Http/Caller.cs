using PteroPulse.Emulators.Panel.Model;

namespace PteroPulse.Emulators.Panel.Http;

/// <summary>Who is asking, and about which server; set by <see cref="ApiGate"/> for the handlers.</summary>
internal sealed record Caller(EmulatedApiKey Key, EmulatedServer? Server)
{
    private const string ItemKey = "pteropulse.caller";

    public EmulatedUser User => Key.User;

    public static Caller Of(HttpContext context) => (Caller)context.Items[ItemKey]!;

    public void Attach(HttpContext context) => context.Items[ItemKey] = this;

    /// <summary>Owners and root admins hold every permission; subusers only what they were granted.</summary>
    public bool Can(string permission) =>
        Server is null || Server.OwnerId == User.Id || User.RootAdmin ||
        (User.Subuser.TryGetValue(Server.InternalId, out var granted) && granted.Contains(permission));

    public IReadOnlyList<string> Permissions()
    {
        if (Server is null || Server.OwnerId == User.Id)
        {
            return ["*"];
        }

        if (User.RootAdmin)
        {
            return ["*", "admin.websocket.errors", "admin.websocket.install", "admin.websocket.transfer"];
        }

        var granted = User.Subuser.GetValueOrDefault(Server.InternalId) ?? [];
        return granted.Contains("websocket.connect") ? granted : [.. granted, "websocket.connect"];
    }
}
