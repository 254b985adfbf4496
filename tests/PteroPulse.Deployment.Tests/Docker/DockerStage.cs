namespace PteroPulse.Deployment.Tests.Docker;

internal sealed record DockerStage(string Image, string? Name, IReadOnlyList<DockerInstruction> Instructions)
{
    public IEnumerable<DockerInstruction> Where(string keyword) => Instructions.Where(i => i.Keyword == keyword);

    public int IndexOf(Func<DockerInstruction, bool> predicate) => Instructions.ToList().FindIndex(i => predicate(i));

    public int LastIndexOf(Func<DockerInstruction, bool> predicate) => Instructions.ToList().FindLastIndex(i => predicate(i));
}
