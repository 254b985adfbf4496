using PteroPulse.Deployment.Tests.Support;

namespace PteroPulse.Deployment.Tests.Docker;

public sealed class DockerPublishTests
{
    /// <summary>
    /// The slow one (four clean restores and publishes): all four run side by side, each in its own folder as
    /// `docker build` would, so they share no obj/ folders and finish in about the time of the slowest.
    /// </summary>
    [Fact]
    public async Task Every_dockerfile_build_stage_publishes_its_service_for_linux_x64()
    {
        var root = Directory.CreateTempSubdirectory("pteropulse-docker-build-");
        try
        {
            var builds = Repository.Services.Select(service => ReplayAsync(service, Path.Combine(root.FullName, service)));

            var failures = (await Task.WhenAll(builds)).OfType<string>().ToList();

            // The whole build log of each failure, which Assert.Empty would cut short.
            Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    /// <summary>Null when the build stage published the service's assembly to /app; else what went wrong.</summary>
    private static async Task<string?> ReplayAsync(string service, string imageRoot)
    {
        var dockerfile = Dockerfile.Load(service);
        var replay = new BuildStageReplay(dockerfile, imageRoot);

        var results = await replay.RunAsync();

        var failed = results.FirstOrDefault(r => !r.Succeeded);
        if (failed is not null)
        {
            return $"{service}: {failed.Describe()}";
        }

        var assembly = Path.GetFileNameWithoutExtension(ProjectClosure.ServiceProject(service)) + ".dll";
        return File.Exists(Path.Combine(replay.InImage("/app"), assembly)) ? null : $"{service}: /app/{assembly} was not published";
    }
}
