namespace PteroPulse.Contracts.Tests;

internal static class ContractTypes
{
    public const string FrozenNamespace = "PteroPulse.Contracts";

    /// <summary>Value records carried inside messages, not sent on their own.</summary>
    public static readonly HashSet<string> Parts = ["ServerSample", "ServerSummary", "ServerAllocation", "MetricPoint"];

    public static IReadOnlyList<Type> All() =>
        typeof(ServerSampled).Assembly.GetExportedTypes().ToList();

    public static IReadOnlyList<Type> Messages() =>
        All().Where(t => t.IsClass && !Parts.Contains(t.Name)).ToList();
}
