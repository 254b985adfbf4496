namespace PteroPulse.TestSupport;

/// <summary>
/// A private redis-server on a loopback port with its own data folder; can be stopped and started again on the same
/// port (connection-loss tests). Commands as measured in ../shared/reference/environment.md.
/// </summary>
public sealed class RedisServerProcess : IAsyncDisposable
{
    private readonly string _directory;
    private readonly bool _appendOnly;

    private RedisServerProcess(int port, string directory, bool appendOnly)
    {
        Port = port;
        _directory = directory;
        _appendOnly = appendOnly;
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false";

    public bool IsRunning { get; private set; }

    public static async Task<RedisServerProcess> StartAsync(bool appendOnly = false)
    {
        Binaries.Require(Binaries.RedisServer, "redis-server");
        var directory = Directory.CreateTempSubdirectory("pteropulse-redis-").FullName;
        var server = new RedisServerProcess(FreePorts.Next(), directory, appendOnly);
        await server.StartAgainAsync();
        return server;
    }

    public async Task StartAgainAsync()
    {
        var persistence = _appendOnly ? new[] { "--appendonly", "yes", "--appendfsync", "always" } : ["--appendonly", "no"];
        string[] arguments =
        [
            "--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", .. persistence, "--daemonize", "yes",
            "--dir", _directory, "--pidfile", PidFile, "--logfile", Path.Combine(_directory, "redis.log"),
        ];
        var result = await ProcessRunner.RunAsync(Binaries.RedisServer, arguments);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"redis-server failed to start: {result.Output}");
        }

        await Wait.UntilAsync(async () =>
            (await ProcessRunner.RunAsync(Binaries.RedisCli, ["-p", Port.ToString(), "ping"])).Output.Contains("PONG"),
            TimeSpan.FromSeconds(20), $"redis-server on port {Port}");
        IsRunning = true;
    }

    public async Task StopAsync()
    {
        if (!IsRunning)
        {
            return;
        }

        await ProcessRunner.RunAsync(Binaries.RedisCli, ["-p", Port.ToString(), "shutdown", "nosave"]);
        await Wait.UntilAsync(() => FreePorts.IsFree(Port), TimeSpan.FromSeconds(20), $"redis-server on {Port} to stop");
        IsRunning = false;
    }

    private string PidFile => Path.Combine(_directory, "redis.pid");

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
