using PteroPulse.Deployment.Tests.Support;

namespace PteroPulse.Deployment.Tests.Docker;

/// <summary>
/// Replays a Dockerfile's build stage without Docker: a fresh folder stands for the image's filesystem, COPY copies
/// from the repository (minus .dockerignore), RUN runs its dotnet command there. So a project missing from the
/// Dockerfile's COPY lines fails here just as it would fail `docker build`.
/// </summary>
internal sealed class BuildStageReplay(Dockerfile dockerfile, string imageRoot)
{
    private static readonly DockerIgnore Ignore = DockerIgnore.Load();

    private string? _workdir;

    private string Workdir => _workdir ?? imageRoot;

    public string InImage(string path) => Path.Combine(imageRoot, path.TrimStart('/'));

    public async Task<IReadOnlyList<ToolResult>> RunAsync()
    {
        var results = new List<ToolResult>();
        foreach (var instruction in dockerfile.Build.Instructions)
        {
            switch (instruction.Keyword)
            {
                case "WORKDIR":
                    _workdir = Resolve(instruction.Arguments);
                    Directory.CreateDirectory(_workdir);
                    break;
                case "COPY":
                    Copy(instruction.Paths);
                    break;
                case "RUN" when instruction.IsRun("dotnet "):
                    results.Add(await RunDotnetAsync(instruction));
                    if (!results[^1].Succeeded)
                    {
                        return results;
                    }

                    break;
                default:
                    throw new InvalidOperationException(
                        $"{dockerfile.Service}/Dockerfile: the build stage replay does not know `{instruction.Keyword} {instruction.Arguments}`.");
            }
        }

        return results;
    }

    private async Task<ToolResult> RunDotnetAsync(DockerInstruction instruction)
    {
        if (instruction.Arguments.Contains('"', StringComparison.Ordinal) || instruction.Arguments.Contains("&&", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Keep build-stage RUN lines to one unquoted dotnet command: {instruction.Arguments}");
        }

        // Absolute paths point into the image; no build server survives the test run.
        var arguments = instruction.Words.Skip(1).Select(w => w.StartsWith('/') ? InImage(w) : w).Append("--disable-build-servers");
        return await ExternalTool.Dotnet.RunAsync(arguments, Workdir, environment: new Dictionary<string, string?>
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["MSBUILDDISABLENODEREUSE"] = "1",
        });
    }

    private void Copy(IReadOnlyList<string> paths)
    {
        var destination = Resolve(paths[^1]);
        foreach (var source in paths.Take(paths.Count - 1))
        {
            var from = Repository.PathOf(source);
            if (Directory.Exists(from))
            {
                CopyDirectory(from, destination);
            }
            else if (File.Exists(from) && !Ignore.Excludes(source))
            {
                var target = paths[^1].EndsWith('/') ? Path.Combine(destination, Path.GetFileName(from)) : destination;
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(from, target, overwrite: true);
            }
            else
            {
                throw new FileNotFoundException($"{dockerfile.Service}/Dockerfile copies {source}, which is not in the build context.");
            }
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            if (Ignore.Excludes(Path.GetRelativePath(Repository.Root, file)))
            {
                continue;
            }

            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private string Resolve(string path) => path.StartsWith('/') ? InImage(path) : Path.Combine(Workdir, path);
}
