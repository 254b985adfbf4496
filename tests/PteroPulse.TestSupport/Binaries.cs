namespace PteroPulse.TestSupport;

/// <summary>Finds the Debian binaries the integration tests run, or fails saying how to install them.</summary>
public static class Binaries
{
    public const string RedisServer = "/usr/bin/redis-server";
    public const string RedisCli = "/usr/bin/redis-cli";
    public const string RabbitMqServer = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    public const string RabbitMqCtl = "/usr/lib/rabbitmq/bin/rabbitmqctl";

    public static string Require(string path, string debianPackage)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"{path} is missing. Install it with `sudo apt-get install -y {debianPackage}` (./test.sh does this for you).");
        }

        return path;
    }
}
