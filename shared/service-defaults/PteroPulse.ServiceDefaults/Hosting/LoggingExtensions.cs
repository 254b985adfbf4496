using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PteroPulse.ServiceDefaults.Hosting;

internal static class LoggingExtensions
{
    /// <summary>JSON lines on the console with scopes (ServerId rides in a scope), UTC timestamps.</summary>
    public static IHostApplicationBuilder AddStructuredLogging(this IHostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
        });

        // Framework chatter drowns business facts; config can still lower these.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        builder.Logging.AddFilter("MassTransit", LogLevel.Warning);
        return builder;
    }
}
