namespace PteroPulse.Emulators.Panel.Model;

/// <summary>
/// A server's power state machine, evaluated lazily against the clock: a signal schedules the coming transitions
/// (Wings acts asynchronously after answering 202), and every read first applies the ones that are due. Lazy
/// evaluation lets a fake clock jump minutes ahead without a timer per server.
/// </summary>
public sealed class PowerTimeline
{
    private const int TransitionHistory = 64;

    private readonly Lock _gate = new();
    private readonly Queue<(string State, DateTimeOffset At)> _pending = new();
    private readonly List<(string State, DateTimeOffset At)> _history = [];
    private readonly TimeSpan _start;
    private readonly TimeSpan _stop;
    private string _state;

    public PowerTimeline(string initialState, DateTimeOffset since, TimeSpan startDuration, TimeSpan stopDuration)
    {
        _state = initialState;
        _start = startDuration;
        _stop = stopDuration;
        ContainerStartedAt = since;
        _history.Add((initialState, since));
    }

    /// <summary>When the container last started (uptime counts from here).</summary>
    public DateTimeOffset ContainerStartedAt { get; private set; }

    public string StateAt(DateTimeOffset now)
    {
        lock (_gate)
        {
            Settle(now);
            return _state;
        }
    }

    /// <summary>Every transition so far, oldest first (the most recent 64).</summary>
    public IReadOnlyList<(string State, DateTimeOffset At)> History(DateTimeOffset now)
    {
        lock (_gate)
        {
            Settle(now);
            return [.. _history];
        }
    }

    /// <summary>Applies a power signal the way Wings does: start while running is ignored, kill is immediate.</summary>
    public void Signal(string signal, DateTimeOffset now)
    {
        lock (_gate)
        {
            Settle(now);
            var active = _state is PowerStates.Running or PowerStates.Starting;
            switch (signal)
            {
                case "start" when _state == PowerStates.Offline:
                    Schedule(now, (PowerStates.Starting, now), (PowerStates.Running, now + _start));
                    break;
                case "stop" when active:
                    Schedule(now, (PowerStates.Stopping, now), (PowerStates.Offline, now + _stop));
                    break;
                case "restart" when active:
                    Schedule(now, (PowerStates.Stopping, now), (PowerStates.Offline, now + _stop),
                        (PowerStates.Starting, now + _stop), (PowerStates.Running, now + _stop + _start));
                    break;
                case "restart" when _state == PowerStates.Offline:
                    Schedule(now, (PowerStates.Starting, now), (PowerStates.Running, now + _start));
                    break;
                case "kill" when _state != PowerStates.Offline:
                    Schedule(now, (PowerStates.Offline, now));
                    break;
            }
        }
    }

    /// <summary>The process died on its own: offline at once, nothing pending.</summary>
    public void Crash(DateTimeOffset now) => Signal("kill", now);

    private void Schedule(DateTimeOffset now, params (string State, DateTimeOffset At)[] steps)
    {
        _pending.Clear();
        foreach (var step in steps)
        {
            _pending.Enqueue(step);
        }

        Settle(now);
    }

    private void Settle(DateTimeOffset now)
    {
        while (_pending.TryPeek(out var next) && next.At <= now)
        {
            _pending.Dequeue();
            if (next.State == _state)
            {
                continue;
            }

            if (next.State == PowerStates.Starting)
            {
                ContainerStartedAt = next.At;
            }

            _state = next.State;
            _history.Add(next);
            if (_history.Count > TransitionHistory)
            {
                _history.RemoveAt(0);
            }
        }
    }
}
