using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PteroPulse.Discord.Hosting;
using PteroPulse.Discord.Models;
using PteroPulse.Discord.Rest;
using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Discord.Seeding;

namespace PteroPulse.Discord.Load;

internal sealed record EditRun(string Name, int Edits, TimeSpan Elapsed, int RateLimited, bool OrderKept)
{
    private const ulong ChannelBase = 1301234567890124000;

    public double Rate => Edits / Elapsed.TotalSeconds;

    public static async Task<EditRun> LibraryAsync(int channels, int editsPerChannel)
    {
        await using var emulator = await StartEmulatorAsync(channels);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.AddDiscordRest(o =>
        {
            o.Token = emulator.Options.BotToken;
            o.RestBaseUrl = emulator.ApiUrl;
        });
        await using var provider = services.BuildServiceProvider();
        var rest = provider.GetRequiredService<IDiscordRestClient>();
        var messages = await Task.WhenAll(Ids(channels).Select(c => rest.CreateMessageAsync(c, new MessageProperties { Content = "edit 0" })));

        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(messages.Select(async m =>
        {
            for (var i = 1; i <= editsPerChannel; i++)
            {
                await rest.EditMessageAsync(m.ChannelId, m.Id, new MessageProperties { Content = $"edit {i}" });
            }
        }));
        return Result("PteroPulse.Discord", emulator, channels, editsPerChannel, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>What many bots do: send at once, and on a 429 sleep for Retry-After, then try again.</summary>
    public static async Task<EditRun> NaiveAsync(int channels, int editsPerChannel)
    {
        await using var emulator = await StartEmulatorAsync(channels);
        using var http = new HttpClient { BaseAddress = new Uri(emulator.ApiUrl + "/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", emulator.Options.BotToken);
        http.DefaultRequestHeaders.UserAgent.ParseAdd("DiscordBot (https://example.invalid/naive, 1.0)");
        var ids = await Task.WhenAll(Ids(channels).Select(async c =>
        {
            using var response = await http.PostAsync($"channels/{c}/messages", Json("""{"content":"edit 0"}"""));
            var body = await response.Content.ReadAsStringAsync();
            return (Channel: c, Message: System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!);
        }));

        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(ids.Select(async target =>
        {
            for (var i = 1; i <= editsPerChannel; i++)
            {
                while (true)
                {
                    using var response = await http.PatchAsync($"channels/{target.Channel}/messages/{target.Message}", Json($$"""{"content":"edit {{i}}"}"""));
                    if (response.StatusCode != HttpStatusCode.TooManyRequests)
                    {
                        break;
                    }

                    await Task.Delay(TimeSpan.FromSeconds(double.Parse(response.Headers.GetValues("Retry-After").First(), System.Globalization.CultureInfo.InvariantCulture)));
                }
            }
        }));
        return Result("naive (retry on 429)", emulator, channels, editsPerChannel, Stopwatch.GetElapsedTime(started));
    }

    private static EditRun Result(string name, DiscordEmulatorHost emulator, int channels, int editsPerChannel, TimeSpan elapsed)
    {
        var requests = emulator.Control.Requests;
        var orderKept = Ids(channels).All(c => emulator.Control.Messages(c)[0]!["content"]!.GetValue<string>() == $"edit {editsPerChannel}");
        return new EditRun(name, requests.Count(r => r.Method == "PATCH" && r.Status == 200), elapsed, requests.Count(r => r.Status == 429), orderKept);
    }

    private static async Task<DiscordEmulatorHost> StartEmulatorAsync(int channels)
    {
        var seed = DefaultSeed.Create();
        seed.Guilds[0].Channels.AddRange(Ids(channels).Select((id, i) => new SeedChannel { Id = id, Name = $"status-{i}", Type = 0, Position = 10 + i }));
        var options = new DiscordEmulatorOptions { Seed = seed };
        options.RateLimits.MessageCreateAndEdit = new RouteLimit { Limit = 5, Window = TimeSpan.FromSeconds(2) };
        return await DiscordEmulatorHost.StartAsync(options);
    }

    private static IEnumerable<ulong> Ids(int channels) => Enumerable.Range(0, channels).Select(i => ChannelBase + (ulong)i);

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
