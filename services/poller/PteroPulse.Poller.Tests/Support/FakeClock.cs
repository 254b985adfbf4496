using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using PteroPulse.Emulators.Panel;

namespace PteroPulse.Poller.Tests.Support;

/// <summary>
/// Drives a <see cref="FakeTimeProvider"/> shared by the emulator and the poller: advance a small step, let the
/// work that step released finish (no request in flight at the emulator), repeat. Minutes of panel time pass in
/// seconds of real time, and every bound a test checks is in panel time.
/// </summary>
internal static class FakeClock
{
    /// <summary>A guard against a hung test, not a performance bound.</summary>
    private static readonly TimeSpan RealTimeGuard = TimeSpan.FromMinutes(2);

    public static FakeTimeProvider Create() => new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public static async Task AdvanceUntilAsync(this FakeTimeProvider time, Func<bool> condition, TimeSpan fakeLimit,
        PanelEmulator? panel = null, TimeSpan? step = null)
    {
        var deadline = time.GetUtcNow() + fakeLimit;
        var guard = Stopwatch.StartNew();
        await SettleAsync(panel);
        while (!condition())
        {
            if (time.GetUtcNow() >= deadline || guard.Elapsed > RealTimeGuard)
            {
                throw new TimeoutException($"Condition not met within {fakeLimit} of panel time.");
            }

            time.Advance(step ?? TimeSpan.FromMilliseconds(100));
            await SettleAsync(panel);
        }
    }

    public static Task AdvanceByAsync(this FakeTimeProvider time, TimeSpan span, PanelEmulator? panel = null, TimeSpan? step = null)
    {
        var until = time.GetUtcNow() + span;
        return time.AdvanceUntilAsync(() => time.GetUtcNow() >= until, span + TimeSpan.FromSeconds(1), panel, step);
    }

    public static async Task<T> RunAsync<T>(this FakeTimeProvider time, Task<T> task, PanelEmulator? panel = null, TimeSpan? fakeLimit = null)
    {
        await time.AdvanceUntilAsync(() => task.IsCompleted, fakeLimit ?? TimeSpan.FromMinutes(5), panel);
        return await task;
    }

    /// <summary>
    /// Yields to the thread pool until the work a step released has reached the emulator and been answered: nothing
    /// busy there, and no new request for two yields in a row.
    /// </summary>
    private static async Task SettleAsync(PanelEmulator? panel)
    {
        await Task.Delay(1);
        if (panel is null)
        {
            return;
        }

        var guard = Stopwatch.StartNew();
        var quiet = 0;
        var seen = panel.Requests.Total;
        while (quiet < 2 && guard.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(1);
            var total = panel.Requests.Total;
            quiet = panel.Requests.Busy == 0 && total == seen ? quiet + 1 : 0;
            seen = total;
        }
    }
}
