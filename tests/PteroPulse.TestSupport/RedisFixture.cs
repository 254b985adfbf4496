using Xunit;

namespace PteroPulse.TestSupport;

/// <summary>
/// One Redis for a whole test assembly (<c>[assembly: AssemblyFixture(typeof(RedisFixture))]</c>). When the test script
/// already started one for the run it is named by PTEROPULSE_TEST_REDIS (host:port) and reused; otherwise a private
/// redis-server is started and stopped here. Tests isolate themselves by key prefix or by <see cref="NextDatabase"/>.
/// </summary>
public sealed class RedisFixture : IAsyncLifetime
{
    public const string EnvironmentVariable = "PTEROPULSE_TEST_REDIS";

    private RedisServerProcess? _own;
    private int _database;

    public string Endpoint { get; private set; } = "";

    public string ConnectionString => $"{Endpoint},abortConnect=false";

    /// <summary>A Redis database number not handed to another test yet (Redis has 16 by default).</summary>
    public int NextDatabase() => Interlocked.Increment(ref _database) % 16;

    public async ValueTask InitializeAsync()
    {
        var shared = System.Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(shared))
        {
            Endpoint = shared;
            return;
        }

        _own = await RedisServerProcess.StartAsync();
        Endpoint = $"127.0.0.1:{_own.Port}";
    }

    public async ValueTask DisposeAsync()
    {
        if (_own is not null)
        {
            await _own.DisposeAsync();
        }
    }
}
