using Microsoft.Extensions.Time.Testing;

namespace PteroPulse.Discord.Tests.Support;

internal static class Clock
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    /// <summary>Advances fake time step by step until the task completes; fails after 30 real seconds.</summary>
    public static async Task AdvanceUntilDone(FakeTimeProvider time, Task task, TimeSpan step)
    {
        var started = DateTime.UtcNow;
        while (!task.IsCompleted)
        {
            if (DateTime.UtcNow - started > Guard)
            {
                throw new TimeoutException("The task did not finish while fake time advanced.");
            }

            // Let continuations scheduled by the last step run before time moves again.
            await Task.Delay(2, TestContext.Current.CancellationToken);
            if (!task.IsCompleted)
            {
                time.Advance(step);
            }
        }
    }

    /// <summary>Waits (real time) for a condition that other threads make true.</summary>
    public static async Task WaitUntil(Func<bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The condition did not become true in time.");
            }

            await Task.Delay(5, TestContext.Current.CancellationToken);
        }
    }
}
