using PteroPulse.Emulators.Discord.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddDiscordEmulator();

var app = builder.Build();
app.MapDiscordEmulator();
await app.RunAsync();
