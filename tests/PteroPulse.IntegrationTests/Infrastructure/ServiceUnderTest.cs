namespace PteroPulse.IntegrationTests.Infrastructure;

/// <summary>The deployables, as the tests start them.</summary>
internal sealed record ServiceUnderTest(string Name, string Folder, string Project)
{
    public static readonly ServiceUnderTest Poller = new("poller", "services/poller", "PteroPulse.Poller");
    public static readonly ServiceUnderTest Metrics = new("metrics", "services/metrics", "PteroPulse.Metrics");
    public static readonly ServiceUnderTest Renderer = new("renderer", "services/renderer", "PteroPulse.Renderer");
    public static readonly ServiceUnderTest DiscordGateway = new("discord-gateway", "services/discord-gateway", "PteroPulse.DiscordGateway");
    public static readonly ServiceUnderTest Standalone = new("standalone", "hosts/standalone", "PteroPulse.Standalone");

    public static readonly IReadOnlyList<ServiceUnderTest> Services = [Poller, Metrics, Renderer, DiscordGateway];

    public static ServiceUnderTest ByName(string name) =>
        Services.Concat([Standalone]).Single(s => s.Name == name);

    public string AssemblyPath => RepositoryPaths.ServiceAssembly(Folder, Project);
}
