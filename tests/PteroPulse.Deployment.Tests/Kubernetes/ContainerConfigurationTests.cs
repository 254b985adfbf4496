using PteroPulse.Deployment.Tests.Configuration;
using PteroPulse.Deployment.Tests.Support;
using PteroPulse.ServiceDefaults.Configuration;

namespace PteroPulse.Deployment.Tests.Kubernetes;

/// <summary>What the containers are configured with: only names the services bind, secrets only from the Secret.</summary>
public sealed class ContainerConfigurationTests
{
    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public async Task Every_service_is_given_only_environment_variables_it_binds(string overlay)
    {
        var rendered = await Overlays.RenderAsync(overlay);

        foreach (var service in rendered.Services)
        {
            var names = ContainerEnvironment.Names(rendered, Assert.Single(service.Containers));
            Assert.True(BoundConfigurationKeys.UnboundBy(service.Name, names) is [], $"{overlay} {service.Name} sets names no service binds: " +
                string.Join(", ", BoundConfigurationKeys.UnboundBy(service.Name, names)));
        }
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public async Task Every_service_names_itself_in_otel_service_name(string overlay)
    {
        var rendered = await Overlays.RenderAsync(overlay);

        foreach (var service in rendered.Services)
        {
            var env = Assert.Single(service.Containers).Items("env");
            Assert.Equal(service.Name, env.Single(e => e.Text("name") == "OTEL_SERVICE_NAME").Text("value"));
        }
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public async Task Secrets_reach_containers_only_from_the_secret_never_as_literals_or_config_maps(string overlay)
    {
        var rendered = await Overlays.RenderAsync(overlay);

        foreach (var (_, container, label) in rendered.Containers)
        {
            var literal = container.Items("env").Where(e => SecretNames.IsSecret(e.Text("name")!) && e.Get("value") is not null);
            Assert.True(!literal.Any(), $"{label}: secret given as a literal value");
            foreach (var (secret, key) in ContainerEnvironment.SecretKeyRefs(container))
            {
                Assert.Equal(SecretTemplate.Name, secret);
                Assert.True(SecretTemplate.Values.ContainsKey(key), $"{label}: key {key} is not in secret.template.yaml");
            }
        }

        var secretInConfigMap = rendered.OfKind("ConfigMap").SelectMany(c => c.Keys("data")).Where(SecretNames.IsSecret);
        Assert.Empty(secretInConfigMap);
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public async Task Every_config_map_a_container_reads_exists(string overlay)
    {
        var rendered = await Overlays.RenderAsync(overlay);

        var missing = rendered.Containers
            .SelectMany(c => ContainerEnvironment.ConfigMapNames(c.Container).Select(name => (c.Label, name)))
            .Where(r => rendered.Find("ConfigMap", r.name) is null);
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Every_key_of_the_secret_template_is_used_by_some_container()
    {
        var rendered = await Overlays.RenderAsync("prod");

        var used = rendered.Containers.SelectMany(c => ContainerEnvironment.SecretKeyRefs(c.Container)).Select(r => r.Key);
        Assert.Empty(SecretTemplate.Values.Keys.Except(used));
        Assert.All(SecretTemplate.Values.Values, value => Assert.Equal("", value));
    }
}
