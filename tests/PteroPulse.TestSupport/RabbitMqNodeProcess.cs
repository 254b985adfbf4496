namespace PteroPulse.TestSupport;

/// <summary>
/// A private RabbitMQ node (own name, port, data folder and Erlang cookie) started from Debian's rabbitmq-server;
/// can be stopped and started again on the same port (broker-outage tests). Commands and pitfalls as measured in
/// ../shared/reference/environment.md: wait for the port before await_startup; use the real scripts, not the
/// /usr/sbin wrappers; stop only with a pid file.
/// </summary>
public sealed class RabbitMqNodeProcess : IAsyncDisposable
{
    private const int DistributionPortOffset = 20000;
    private readonly string _directory;

    private RabbitMqNodeProcess(int port, string directory)
    {
        Port = port;
        _directory = directory;
    }

    public string Host => "127.0.0.1";

    public int Port { get; }

    public bool IsRunning { get; private set; }

    public static async Task<RabbitMqNodeProcess> StartAsync()
    {
        Binaries.Require(Binaries.RabbitMqServer, "rabbitmq-server");
        var directory = Directory.CreateTempSubdirectory("pteropulse-rabbit-").FullName;
        await File.WriteAllTextAsync(Path.Combine(directory, "enabled_plugins"), "[].");
        var node = new RabbitMqNodeProcess(FreePorts.NextWithPartner(DistributionPortOffset), directory);
        await node.StartAgainAsync();
        return node;
    }

    public async Task StartAgainAsync()
    {
        var result = await ProcessRunner.RunAsync(Binaries.RabbitMqServer, ["-detached"], Environment());
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmq-server failed to start: {result.Output}");
        }

        await Wait.UntilPortOpenAsync(Port, TimeSpan.FromSeconds(90), $"RabbitMQ on port {Port}");
        var ready = await ProcessRunner.RunAsync(Binaries.RabbitMqCtl, ["-q", "await_startup", "--timeout", "60"], Environment(), TimeSpan.FromSeconds(90));
        if (ready.ExitCode != 0)
        {
            throw new InvalidOperationException($"RabbitMQ on port {Port} did not finish starting: {ready.Output}");
        }

        IsRunning = true;
    }

    public async Task StopAsync()
    {
        if (!IsRunning)
        {
            return;
        }

        if (File.Exists(PidFile))
        {
            await ProcessRunner.RunAsync(Binaries.RabbitMqCtl, ["-q", "stop", PidFile], Environment(), TimeSpan.FromSeconds(60));
        }

        await Wait.UntilAsync(() => FreePorts.IsFree(Port), TimeSpan.FromSeconds(30), $"RabbitMQ on {Port} to stop");
        IsRunning = false;
    }

    private string PidFile => Path.Combine(_directory, "rabbit.pid");

    private Dictionary<string, string> Environment() => new()
    {
        ["RABBITMQ_NODENAME"] = $"pteropulse{Port}@localhost",
        ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_NODE_PORT"] = Port.ToString(),
        ["RABBITMQ_DIST_PORT"] = (Port + DistributionPortOffset).ToString(),
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(_directory, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(_directory, "log"),
        ["RABBITMQ_PID_FILE"] = PidFile,
        ["RABBITMQ_CONFIG_FILE"] = Path.Combine(_directory, "rabbitmq"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(_directory, "enabled_plugins"),
        ["HOME"] = _directory,
    };

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
