using System.Text.Json.Nodes;

namespace PteroPulse.Emulators.Discord.Rest;

/// <summary>One REST call as the emulator saw it; <see cref="UnknownFields"/> names properties the spec does not know.</summary>
public sealed class RequestLogEntry
{
    public required DateTimeOffset Time { get; init; }

    public required string Method { get; init; }

    public required string Path { get; init; }

    public required string RouteTemplate { get; init; }

    public int Status { get; set; }

    public int? ErrorCode { get; set; }

    public JsonNode? Body { get; set; }

    public List<string> FileNames { get; } = [];

    public List<string> UnknownFields { get; } = [];

    public string? UserAgent { get; init; }
}

/// <summary>The last requests, newest last, for tests and the viewer.</summary>
public sealed class RequestLog
{
    private const int Capacity = 2000;
    private readonly Lock _gate = new();
    private readonly LinkedList<RequestLogEntry> _entries = new();

    public void Add(RequestLogEntry entry)
    {
        lock (_gate)
        {
            _entries.AddLast(entry);
            if (_entries.Count > Capacity)
            {
                _entries.RemoveFirst();
            }
        }
    }

    public IReadOnlyList<RequestLogEntry> Snapshot()
    {
        lock (_gate)
        {
            return [.. _entries];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }
}
