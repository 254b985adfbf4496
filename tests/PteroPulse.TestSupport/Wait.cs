using System.Net.Sockets;

namespace PteroPulse.TestSupport;

/// <summary>Polls a condition until it holds or a deadline passes: tests wait on facts, never on fixed sleeps.</summary>
public static class Wait
{
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what, TimeSpan? poll = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await condition())
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0.#} s waiting for {what}.");
            }

            await Task.Delay(poll ?? TimeSpan.FromMilliseconds(50));
        }
    }

    public static Task UntilAsync(Func<bool> condition, TimeSpan timeout, string what, TimeSpan? poll = null) =>
        UntilAsync(() => Task.FromResult(condition()), timeout, what, poll);

    public static Task UntilPortOpenAsync(int port, TimeSpan timeout, string what) =>
        UntilAsync(async () =>
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return true;
            }
            catch (SocketException)
            {
                return false;
            }
        }, timeout, what, TimeSpan.FromMilliseconds(100));
}
