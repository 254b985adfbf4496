using System.Security.Cryptography;
using PteroPulse.Emulators.Panel.Http;
using PteroPulse.Emulators.Panel.Model;

namespace PteroPulse.Emulators.Panel;

/// <summary>
/// The emulated panel's state, shared by its HTTP endpoints and by in-process tests: the fleet, the rate limiter,
/// the resources cache, the faults and the request log. One instance per emulated panel.
/// </summary>
public sealed class PanelEmulator
{
    public PanelEmulator(PanelEmulatorOptions options, TimeProvider time)
    {
        Options = options;
        Time = time;
        Fleet = FleetGenerator.Create(options, time.GetUtcNow());
        RateLimiter = new FixedWindowRateLimiter(time);
        Resources = new ResourceCache(time, options.ResourceCacheDuration);
        Requests = new RequestLog(options.RequestLogCapacity);
        ControlToken = options.ControlToken.Length > 0 ? options.ControlToken : Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        ClientRateLimit = options.EffectiveClientRateLimit;
        ApplicationRateLimit = options.EffectiveApplicationRateLimit;
    }

    public PanelEmulatorOptions Options { get; }

    public TimeProvider Time { get; }

    public Fleet Fleet { get; }

    public FixedWindowRateLimiter RateLimiter { get; }

    public ResourceCache Resources { get; }

    public RequestLog Requests { get; }

    public PanelFaults Faults { get; } = new();

    public string ControlToken { get; }

    /// <summary>Changeable at run time, like editing the panel's .env and restarting PHP.</summary>
    public int ClientRateLimit { get; set; }

    public int ApplicationRateLimit { get; set; }

    /// <summary>The root admin's client key: sees every server with <c>type=admin-all</c>.</summary>
    public string AdminClientKey => Key(ApiKeyKind.Client, "pteropulse");

    public string AdminApplicationKey => Key(ApiKeyKind.Application, "pteropulse");

    /// <summary>A non-admin who owns every server.</summary>
    public string OwnerClientKey => Key(ApiKeyKind.Client, "owner");

    /// <summary>A subuser with start/stop/console on the first three servers only.</summary>
    public string SubuserClientKey => Key(ApiKeyKind.Client, "helper");

    public EmulatedServer Server(string identifierOrUuid) =>
        Fleet.Find(identifierOrUuid) ?? throw new ArgumentException($"No emulated server '{identifierOrUuid}'.", nameof(identifierOrUuid));

    public EmulatedNode Node(string name) =>
        Fleet.FindNode(name) ?? throw new ArgumentException($"No emulated node '{name}'.", nameof(name));

    /// <summary>When <paramref name="state"/>, reached by the server, first became readable through /resources (its cache).</summary>
    public DateTimeOffset? ObservableAt(string identifier, string state)
    {
        var server = Server(identifier);
        var reached = server.Power.History(Time.GetUtcNow()).LastOrDefault(t => t.State == state);
        return reached == default ? null : Resources.ObservableAt(server.Uuid, reached.At);
    }

    private string Key(ApiKeyKind kind, string username) =>
        Fleet.Keys.First(k => k.Kind == kind && k.User.Username == username).Token;
}
