using Poller.Bench;

// The poller against the panel emulator, each in its own process so the poller's CPU and memory are its own.
//   dotnet run -c Release --project bench/Poller.Bench            all scenarios, a markdown table at the end
//   ... -- scenario <servers> <limit per minute> <seconds>          one scenario (spawned by the above)
//   ... -- emulator <servers> <limit per minute>                    the emulated panel (spawned by a scenario)
return args.FirstOrDefault() switch
{
    "emulator" => await EmulatorProcess.RunAsync(args),
    "scenario" => await ScenarioProcess.RunAsync(args),
    _ => await BenchmarkDriver.RunAsync(args),
};
