namespace PteroPulse.DiscordGateway.Tests.Integration.Support;

/// <summary>Waits for a condition with a timeout (never a fixed sleep): the services work asynchronously.</summary>
internal static class Eventually
{
    public static async Task<T> WaitAsync<T>(Func<T?> probe, TimeSpan timeout, string what)
        where T : class
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            if (probe() is { } value)
            {
                return value;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0} s waiting for {what}.");
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    public static Task WaitAsync(Func<bool> condition, TimeSpan timeout, string what) =>
        WaitAsync(() => condition() ? "" : null, timeout, what);
}
