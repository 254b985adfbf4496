using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PteroPulse.DiscordGateway.Tests.Integration.Support;

/// <summary>Keeps the services' warnings and errors, written to the test's output when the stack is disposed.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if ((logLevel >= LogLevel.Warning || category.StartsWith("PteroPulse.DiscordGateway", StringComparison.Ordinal)) && IsEnabled(logLevel))
            {
                owner.Lines.Enqueue($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)} {exception?.GetType().Name} {exception?.Message}");
            }
        }
    }
}
