using BenchmarkDotNet.Running;
using PteroPulse.Benchmarks;

// `images DIR` writes the sample graphs; `soak N` renders N graphs and reports memory; `profile N` times each step of a render;
// `redis-footprint HOST:PORT N` measures Redis bytes per server; anything else runs
// BenchmarkDotNet (pass its usual arguments, e.g. --filter *Render*).
return args.FirstOrDefault() switch
{
    "images" => SampleImages.Write(args.ElementAtOrDefault(1) ?? "docs/images"),
    "profile" => RenderProfile.Run(int.Parse(args.ElementAtOrDefault(1) ?? "300", System.Globalization.CultureInfo.InvariantCulture)),
    "redis-footprint" => await RedisFootprint.RunAsync(args[1], int.Parse(args.ElementAtOrDefault(2) ?? "100", System.Globalization.CultureInfo.InvariantCulture)),
    "soak" => RenderSoak.Run(int.Parse(args.ElementAtOrDefault(1) ?? "10000", System.Globalization.CultureInfo.InvariantCulture)),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(SampleGraphs).Assembly).Run(args);
    return 0;
}
