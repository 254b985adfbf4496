namespace PteroPulse.Emulators.Panel.Control;

/// <summary>POST /_emulator/nodes/{name}: fault is "none", "offline" or "wings-error".</summary>
public sealed record NodeControl(string? Fault, double? DelaySeconds, int? WingsErrorCode, bool? Maintenance);

/// <summary>POST /_emulator/servers/{id}: status as the panel spells it ("" clears it); crash kills the process.</summary>
public sealed record ServerControl(string? Status, bool? Transferring, bool? Crash, string? Name);

/// <summary>POST /_emulator/faults: mode is an <see cref="Http.InfrastructureFault"/> name; requests -1 = until cleared.</summary>
public sealed record FaultControl(string Mode, int? Requests, double? DelaySeconds);

public sealed record RateLimitControl(int? Client, int? Application);
