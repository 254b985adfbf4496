namespace Poller.Bench;

internal sealed record ScenarioResult(
    int Servers, int Limit, double Seconds, double RequestsPerServerMinute, double SamplesPerSecond,
    double CpuMicrosecondsPerSample, double PeakRssMiB, long Throttled, double CycleSeconds);
