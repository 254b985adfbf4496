namespace PteroPulse.Contracts.Tests;

public sealed class NamingConventionTests
{
    /// <summary>Commands and requests start with a verb; answers are nouns or past-tense outcomes.</summary>
    private static readonly string[] Verbs = ["Send", "Get", "Render", "List"];

    /// <summary>Replies name their request's result; they are neither events nor commands.</summary>
    private static readonly HashSet<string> Replies = ["ServerList", "ServerHistory", "PowerSignalAccepted", "PowerSignalRejected", "ServerGraphRendered"];

    [Fact]
    public void Keeps_every_contract_in_the_frozen_namespace()
    {
        var types = ContractTypes.All();

        Assert.All(types, t => Assert.Equal(ContractTypes.FrozenNamespace, t.Namespace));
    }

    [Fact]
    public void Declares_every_message_as_a_sealed_record()
    {
        var messages = ContractTypes.All().Where(t => t.IsClass);

        Assert.All(messages, t =>
        {
            Assert.True(t.IsSealed, $"{t.Name} is not sealed");
            Assert.NotNull(t.GetMethod("<Clone>$"));
        });
    }

    [Fact]
    public void Names_each_message_as_a_past_tense_event_an_imperative_request_or_a_reply()
    {
        var messages = ContractTypes.Messages();

        Assert.All(messages, t =>
        {
            var isEvent = t.Name.EndsWith("ed", StringComparison.Ordinal) && !Verbs.Any(v => t.Name.StartsWith(v, StringComparison.Ordinal));
            var isRequest = Verbs.Any(v => t.Name.StartsWith(v, StringComparison.Ordinal) && t.Name.Length > v.Length && char.IsUpper(t.Name[v.Length]));
            Assert.True(isEvent || isRequest || Replies.Contains(t.Name), $"{t.Name} is neither a past-tense event, an imperative request nor a known reply");
        });
    }

    [Fact]
    public void Adds_no_package_references_to_the_contracts_assembly()
    {
        var references = typeof(ServerSampled).Assembly.GetReferencedAssemblies().Select(a => a.Name!);

        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard", $"{name} is a package"));
    }
}
