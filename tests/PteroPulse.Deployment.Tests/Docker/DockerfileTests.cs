using PteroPulse.Deployment.Tests.Support;

namespace PteroPulse.Deployment.Tests.Docker;

/// <summary>No Docker engine exists here, so the Dockerfiles are read; DockerPublishTests replays their build stage.</summary>
public sealed class DockerfileTests
{
    public static TheoryData<string> Services => new(Repository.Services);

    [Theory]
    [MemberData(nameof(Services))]
    public void Builds_on_the_sdk_and_runs_on_the_aspnet_10_runtime(string service)
    {
        var dockerfile = Dockerfile.Load(service);

        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0", dockerfile.Build.Image);
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:10.0", dockerfile.Runtime.Image);
        Assert.Equal(2, dockerfile.Stages.Count);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Restores_from_project_files_alone_so_the_restore_layer_survives_code_changes(string service)
    {
        var build = Dockerfile.Load(service).Build;
        var restore = build.IndexOf(i => i.IsRun("dotnet restore"));

        var beforeRestore = build.Instructions.Take(restore).Where(i => i.Keyword == "COPY").SelectMany(i => i.Paths.SkipLast(1)).ToList();
        Assert.True(restore > 0, "no RUN dotnet restore");
        Assert.All(beforeRestore, path => Assert.Matches(@"(\.csproj|\.props|global\.json)$", path));
        Assert.All(ProjectClosure.Of(ProjectClosure.ServiceProject(service)), project => Assert.Contains(project, beforeRestore));
        Assert.Contains("Directory.Packages.props", beforeRestore);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Copies_the_sources_of_every_referenced_project_after_the_restore(string service)
    {
        var build = Dockerfile.Load(service).Build;
        var restore = build.IndexOf(i => i.IsRun("dotnet restore"));

        var afterRestore = build.Instructions.Skip(restore).Where(i => i.Keyword == "COPY").SelectMany(i => i.Paths.SkipLast(1)).ToList();
        Assert.All(ProjectClosure.Of(ProjectClosure.ServiceProject(service)),
            project => Assert.Contains(Path.GetDirectoryName(project)!.Replace('\\', '/') + "/", afterRestore));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Publishes_framework_dependent_for_linux_x64_in_release(string service)
    {
        var build = Dockerfile.Load(service).Build;

        var restore = Assert.Single(build.Instructions, i => i.IsRun("dotnet restore")).Words;
        var publish = Assert.Single(build.Instructions, i => i.IsRun("dotnet publish")).Arguments;
        Assert.Contains(ProjectClosure.ServiceProject(service), restore);
        Assert.Contains("-r linux-x64", string.Join(' ', restore), StringComparison.Ordinal);
        Assert.Contains(ProjectClosure.ServiceProject(service), publish, StringComparison.Ordinal);
        Assert.Contains("-c Release -r linux-x64 --self-contained false --no-restore", publish, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Runs_the_service_assembly_as_the_non_root_app_user(string service)
    {
        var runtime = Dockerfile.Load(service).Runtime;
        var assembly = Path.GetFileNameWithoutExtension(ProjectClosure.ServiceProject(service));

        Assert.Equal("app", runtime.Where("USER").Last().Arguments);
        Assert.True(runtime.IndexOf(i => i.Keyword == "USER") > runtime.LastIndexOf(i => i.Keyword is "RUN" or "COPY"), "USER must follow every RUN and COPY");
        Assert.Equal($"[\"dotnet\", \"{assembly}.dll\"]", Assert.Single(runtime.Where("ENTRYPOINT")).Arguments);
        Assert.Equal("--from=build /app ./", Assert.Single(runtime.Where("COPY")).Arguments);
        Assert.Contains("ASPNETCORE_HTTP_PORTS=8080", runtime.Where("ENV").Select(e => e.Arguments));
    }

    [Fact]
    public void Renderer_image_has_fontconfig_and_a_font_for_its_graph_labels()
    {
        var packages = Dockerfile.Load("renderer").Runtime.Where("RUN").SelectMany(r => r.Words).ToList();

        Assert.Contains("fontconfig", packages);
        Assert.Contains(packages, p => p.StartsWith("fonts-", StringComparison.Ordinal));
    }

    [Fact]
    public void Dockerignore_keeps_build_output_and_secrets_out_of_the_context()
    {
        var ignore = DockerIgnore.Load();

        Assert.True(ignore.Excludes("services/poller/PteroPulse.Poller/bin/Debug/net10.0/PteroPulse.Poller.dll"));
        Assert.True(ignore.Excludes("shared/contracts/PteroPulse.Contracts/obj/project.assets.json"));
        Assert.True(ignore.Excludes(".env"));
        Assert.True(ignore.Excludes("deploy/tests/node_modules/yaml/package.json"));
        Assert.False(ignore.Excludes(".env.example"));
        Assert.False(ignore.Excludes("services/poller/PteroPulse.Poller/Program.cs"));
    }
}
