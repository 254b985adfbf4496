using Xunit;

namespace PteroPulse.TestSupport;

/// <summary>
/// One RabbitMQ for a whole test assembly (<c>[assembly: AssemblyFixture(typeof(RabbitMqFixture))]</c>). Reuses the node the
/// test script started (PTEROPULSE_TEST_RABBITMQ = host:port) or starts a private one. Tests isolate themselves with
/// a unique virtual host or unique service names; use <see cref="RabbitMqNodeProcess"/> directly to stop a broker.
/// </summary>
public sealed class RabbitMqFixture : IAsyncLifetime
{
    public const string EnvironmentVariable = "PTEROPULSE_TEST_RABBITMQ";

    private RabbitMqNodeProcess? _own;

    public string Host { get; private set; } = "127.0.0.1";

    public int Port { get; private set; }

    /// <summary>Configuration keys that point a service at this broker.</summary>
    public IReadOnlyDictionary<string, string?> Configuration => new Dictionary<string, string?>
    {
        ["RabbitMq:Host"] = Host,
        ["RabbitMq:Port"] = Port.ToString(),
    };

    public async ValueTask InitializeAsync()
    {
        var shared = System.Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(shared))
        {
            var parts = shared.Split(':');
            Host = parts[0];
            Port = int.Parse(parts[1]);
            return;
        }

        _own = await RabbitMqNodeProcess.StartAsync();
        Host = _own.Host;
        Port = _own.Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (_own is not null)
        {
            await _own.DisposeAsync();
        }
    }
}
