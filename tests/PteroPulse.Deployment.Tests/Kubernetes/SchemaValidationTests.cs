using PteroPulse.Deployment.Tests.Support;

namespace PteroPulse.Deployment.Tests.Kubernetes;

public sealed class SchemaValidationTests
{
    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public async Task Every_rendered_document_matches_the_kubernetes_schema(string overlay)
    {
        var rendered = await Overlays.RenderAsync(overlay);

        var result = await SchemaValidator.ValidateAsync(rendered.Yaml);

        Assert.True(result.Succeeded, result.Describe());
        Assert.Contains($"{rendered.Documents.Count} documents, 0 invalid", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_secret_template_matches_the_kubernetes_schema()
    {
        var result = await SchemaValidator.ValidateFilesAsync(SecretTemplate.Path);

        Assert.True(result.Succeeded, result.Describe());
    }

    [Fact]
    public async Task Rejects_a_document_with_a_wrongly_typed_field()
    {
        var rendered = await Overlays.RenderAsync("prod");
        var broken = rendered.Yaml.Replace("replicas: 1\n", "replicas: one\n", StringComparison.Ordinal);

        var result = await SchemaValidator.ValidateAsync(broken);

        Assert.NotEqual(rendered.Yaml, broken);
        Assert.False(result.Succeeded, result.Describe());
        Assert.Contains("replicas must be integer", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_a_kind_it_has_no_schema_for_rather_than_passing_it()
    {
        const string Unknown = "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n";

        var result = await SchemaValidator.ValidateAsync(Unknown);

        Assert.False(result.Succeeded, result.Describe());
        Assert.Contains("no schema for example.com/v1 Widget", result.StandardOutput, StringComparison.Ordinal);
    }
}
