using PteroPulse.Metrics.Extensions;
using PteroPulse.ServiceDefaults;
using PteroPulse.ServiceDefaults.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddMetricsServices();

var app = builder.Build();
app.MapDefaultEndpoints();
return await app.RunServiceAsync();
