using PteroPulse.DiscordGateway.Extensions;
using PteroPulse.Metrics.Extensions;
using PteroPulse.Poller.Extensions;
using PteroPulse.Renderer.Extensions;
using PteroPulse.ServiceDefaults;
using PteroPulse.ServiceDefaults.Hosting;
using PteroPulse.Standalone.Configuration;

// All four services in one process on the in-memory bus: what a self-hoster runs without RabbitMQ or Redis.
var builder = WebApplication.CreateBuilder(args);

// Self-hosters keep their token and panel key in .env; the real environment still wins.
builder.AddDotEnvFile();
builder.AddServiceDefaults();
builder.AddPollerServices();
builder.AddMetricsServices();
builder.AddRendererServices();
builder.AddDiscordGatewayServices();

var app = builder.Build();
app.MapDefaultEndpoints();
return await app.RunServiceAsync();
