using System.Net;
using System.Net.Sockets;

namespace PteroPulse.TestSupport;

/// <summary>Loopback ports nobody is listening on.</summary>
public static class FreePorts
{
    private static readonly object Gate = new();
    private static readonly HashSet<int> Handed = [];

    /// <summary>A port the OS picks; for servers whose port has no partner port.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// A port p in 20000–29999 with p + 20000 free too: RabbitMQ's distribution port is the node port + 20000, so an
    /// ephemeral port (32768+) would overflow.
    /// </summary>
    public static int NextWithPartner(int offset)
    {
        lock (Gate)
        {
            for (var attempt = 0; attempt < 500; attempt++)
            {
                var port = Random.Shared.Next(20000, 30000);
                if (!Handed.Contains(port) && IsFree(port) && IsFree(port + offset))
                {
                    Handed.Add(port);
                    return port;
                }
            }
        }

        throw new InvalidOperationException("No free loopback port pair found in 20000–29999.");
    }

    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
