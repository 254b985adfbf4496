using PteroPulse.Deployment.Tests.Support;

namespace PteroPulse.Deployment.Tests.Docker;

/// <summary>services/&lt;service&gt;/Dockerfile read into stages, enough to check it and replay its build stage.</summary>
internal sealed record Dockerfile(string Service, IReadOnlyList<DockerStage> Stages)
{
    public DockerStage Build => Stages[0];

    public DockerStage Runtime => Stages[^1];

    public static Dockerfile Load(string service) =>
        new(service, Parse(File.ReadAllLines(Repository.PathOf("services", service, "Dockerfile"))));

    private static List<DockerStage> Parse(IEnumerable<string> lines)
    {
        var stages = new List<DockerStage>();
        List<DockerInstruction>? instructions = null;
        foreach (var instruction in JoinContinuations(lines))
        {
            var space = instruction.IndexOf(' ', StringComparison.Ordinal);
            var keyword = instruction[..space].ToUpperInvariant();
            var arguments = instruction[(space + 1)..].Trim();
            if (keyword == "FROM")
            {
                var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                instructions = [];
                stages.Add(new DockerStage(words[0], words.Length == 3 ? words[2] : null, instructions));
            }
            else
            {
                (instructions ?? throw new FormatException("An instruction before the first FROM.")).Add(new DockerInstruction(keyword, arguments));
            }
        }

        return stages;
    }

    private static IEnumerable<string> JoinContinuations(IEnumerable<string> lines)
    {
        var current = "";
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                current += line[..^1] + " ";
                continue;
            }

            yield return current + line;
            current = "";
        }
    }
}
