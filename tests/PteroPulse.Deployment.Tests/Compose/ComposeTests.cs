using PteroPulse.Deployment.Tests.Configuration;
using PteroPulse.Deployment.Tests.Support;
using PteroPulse.ServiceDefaults.Configuration;
using PteroPulse.ServiceDefaults.Hosting;

namespace PteroPulse.Deployment.Tests.Compose;

public sealed class ComposeTests
{
    public static TheoryData<string> Services => new(Repository.Services);

    [Fact]
    public async Task Config_check_accepts_the_file_when_the_env_file_is_filled_in()
    {
        var result = await ComposeConfig.RunAsync(ComposeConfig.SentinelEnvironment(), "config", "-q");

        Assert.True(result.Succeeded, result.Describe());
    }

    [Fact]
    public async Task Config_check_names_the_missing_secret_when_the_token_is_not_set()
    {
        var environment = ComposeConfig.SentinelEnvironment();
        environment["Discord__Token"] = "";

        var result = await ComposeConfig.RunAsync(environment, "config", "-q");

        Assert.False(result.Succeeded, result.Describe());
        Assert.Contains("Set Discord__Token in .env", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Runs_rabbitmq_with_management_and_redis_with_append_only_file_on_a_volume()
    {
        var config = await ComposeConfig.ResolveAsync();

        Assert.EndsWith("-management", config.Text("services", "rabbitmq", "image")!, StringComparison.Ordinal);
        var redis = config.At("services", "redis");
        Assert.Contains("--appendonly yes", string.Join(' ', redis.Strings("command")), StringComparison.Ordinal);
        var data = Assert.Single(redis.Items("volumes"), v => VolumeMount.Of(v).Target == "/data");
        Assert.Contains(VolumeMount.Of(data).Source, config.Keys("volumes"));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Service_is_healthchecked_on_healthz_and_waits_for_healthy_dependencies(string service)
    {
        var node = (await ComposeConfig.ResolveAsync()).At("services", service);

        var check = string.Join(' ', node.Strings("healthcheck", "test"));
        Assert.Contains("http://localhost:8080/healthz", check, StringComparison.Ordinal);
        Assert.Contains("rabbitmq", node.Keys("depends_on"));
        Assert.All(node.Keys("depends_on"), dependency => Assert.Equal("service_healthy", node.Text("depends_on", dependency, "condition")));
        Assert.Equal(node.StringMap("environment").ContainsKey("Redis__ConnectionString"), node.Keys("depends_on").Contains("redis"));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Service_is_given_only_environment_variables_it_binds(string service)
    {
        var environment = (await ComposeConfig.ResolveAsync()).At("services", service).StringMap("environment");

        Assert.Empty(BoundConfigurationKeys.UnboundBy(service, environment.Keys));
        Assert.Equal(service, environment["OTEL_SERVICE_NAME"]);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Service_takes_every_secret_from_the_env_file(string service)
    {
        var environment = (await ComposeConfig.ResolveAsync()).At("services", service).StringMap("environment");

        var secrets = environment.Where(e => SecretNames.IsSecret(e.Key) || e.Key == "Redis__ConnectionString").ToList();
        Assert.NotEmpty(secrets);
        Assert.All(secrets, e => Assert.Contains("sentinel-", e.Value, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Service_image_is_named_after_it_and_built_from_its_dockerfile(string service)
    {
        var node = (await ComposeConfig.ResolveAsync()).At("services", service);

        Assert.Equal(service, ImageReference.NameOf(node.Text("image")!));
        Assert.Equal($"services/{service}/Dockerfile", node.Text("build", "dockerfile"));
        Assert.Equal(Repository.Root, node.Text("build", "context"));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Service_runs_read_only_without_capabilities_and_stops_after_the_host_does(string service)
    {
        var node = (await ComposeConfig.ResolveAsync()).At("services", service);

        Assert.Equal("true", node.Text("read_only"));
        Assert.Equal(["ALL"], node.Strings("cap_drop"));
        Assert.Contains("no-new-privileges:true", node.Strings("security_opt"));
        var grace = TimeSpan.FromSeconds(int.Parse(node.Text("stop_grace_period")!.TrimEnd('s'), System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(grace > ShutdownTimeouts.Host, $"{service}: stop_grace_period {grace} does not outlast {ShutdownTimeouts.Host}");
    }

    [Fact]
    public async Task Renderer_can_be_scaled_because_it_has_no_fixed_name_or_host_port()
    {
        var renderer = (await ComposeConfig.ResolveAsync()).At("services", "renderer");

        Assert.Null(renderer.Get("container_name"));
        Assert.Null(renderer.Get("ports"));
        Assert.NotNull(renderer.Get("image"));
    }
}
