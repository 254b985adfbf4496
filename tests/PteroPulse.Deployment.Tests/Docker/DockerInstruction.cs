namespace PteroPulse.Deployment.Tests.Docker;

/// <summary>One instruction of a Dockerfile, continuation lines joined: COPY, RUN, USER, ...</summary>
internal sealed record DockerInstruction(string Keyword, string Arguments)
{
    /// <summary>Arguments split on whitespace, without --flags; our Dockerfiles use no quoting in COPY and RUN.</summary>
    public IReadOnlyList<string> Words => Arguments.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<string> Paths => Words.Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToList();

    public bool IsRun(string command) => Keyword == "RUN" && Arguments.StartsWith(command, StringComparison.Ordinal);
}
