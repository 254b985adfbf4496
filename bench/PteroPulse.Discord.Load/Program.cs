using System.Globalization;
using PteroPulse.Discord.Load;

// 600 message edits over 12 channels against the emulator (5 edits per 2 s per channel = 30/s), once with this
// library and once with a naive client that sends at once and waits out each 429. Both runs in one process, same machine.
const int Channels = 12;
const int EditsPerChannel = 50;

var library = await EditRun.LibraryAsync(Channels, EditsPerChannel);
var naive = await EditRun.NaiveAsync(Channels, EditsPerChannel);

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| client | edits | seconds | edits/s | share of bucket rate (30/s) | 429 answers | last edit wins |"));
Console.WriteLine("|---|---|---|---|---|---|---|");
foreach (var run in new[] { library, naive })
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {run.Name} | {run.Edits} | {run.Elapsed.TotalSeconds:0.00} | {run.Rate:0.0} | {run.Rate / 30:P0} | {run.RateLimited} | {run.OrderKept} |"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"library / naive throughput: {library.Rate / naive.Rate:0.00}; 429s: {library.RateLimited} vs {naive.RateLimited}"));
