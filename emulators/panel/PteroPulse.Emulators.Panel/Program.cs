using PteroPulse.Emulators.Panel;

// A standalone emulated panel: `dotnet run -- --PanelEmulator:ServerCount=1000 --urls http://127.0.0.1:8080`.
var builder = WebApplication.CreateBuilder(args);

var options = builder.Configuration.GetSection(PanelEmulatorOptions.SectionName);
builder.Services.AddPanelEmulator(o => options.Bind(o));

var app = builder.Build();
app.MapPanelEmulator();
app.Logger.LogInformation("Emulated panel; control token in PanelEmulator:ControlToken, keys at GET /_emulator/keys");
await app.RunAsync();
