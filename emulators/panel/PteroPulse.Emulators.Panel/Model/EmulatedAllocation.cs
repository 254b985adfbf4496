namespace PteroPulse.Emulators.Panel.Model;

public sealed record EmulatedAllocation(int Id, string Ip, string? IpAlias, int Port, string? Notes, bool IsDefault);
