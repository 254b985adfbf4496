using PteroPulse.DiscordGateway.Extensions;
using PteroPulse.Metrics.Extensions;
using PteroPulse.Poller.Extensions;
using PteroPulse.Renderer.Extensions;
using PteroPulse.ServiceDefaults;
using PteroPulse.Standalone.Configuration;

namespace PteroPulse.Standalone.Hosting;

/// <summary>The one-process host shared by the normal run, the demo and the check: configuration, then the four services.</summary>
public static class StandaloneHost
{
    /// <summary>
    /// Configuration only: appsettings, the .env file below the environment, command-line arguments, and the
    /// embedded infrastructure on top. Services are added by <see cref="AddServices"/>, so the demo can add its
    /// emulators' addresses in between.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(IReadOnlyList<string> args)
    {
        // appsettings.json lives beside the assembly; `dotnet run --project ...` from the repository root would
        // otherwise look for it in the shell's folder. The .env file and relative data paths stay in the shell's folder.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [.. args], ContentRootPath = AppContext.BaseDirectory });

        // Self-hosters keep their token and panel key in .env; the real environment still wins.
        builder.AddDotEnvFile();
        builder.UseEmbeddedInfrastructure();
        return builder;
    }

    public static WebApplicationBuilder AddServices(this WebApplicationBuilder builder)
    {
        builder.AddServiceDefaults();
        builder.AddPollerServices();
        builder.AddMetricsServices();
        builder.AddRendererServices();
        builder.AddDiscordGatewayServices();
        return builder;
    }

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();
        app.MapDefaultEndpoints();
        return app;
    }
}
