namespace PteroPulse.DiscordGateway.Tests.Integration.Support;

/// <summary>One stack shared by tests that only read, or touch servers no other test of the class touches.</summary>
public sealed class StackFixture : IAsyncLifetime
{
    internal Stack Stack { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Stack = await Stack.StartAsync();

    public async ValueTask DisposeAsync() => await Stack.DisposeAsync();
}
