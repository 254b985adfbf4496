using System.Threading.Channels;
using PteroPulse.Emulators.Discord.Hosting;

namespace PteroPulse.Emulators.Discord.Viewer;

/// <summary>
/// Live updates for open viewers: "channel &lt;id&gt;" when a channel's messages changed, "world &lt;id&gt;" when channels
/// or guilds changed.
/// </summary>
public sealed class ViewerEvents
{
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _subscribers = [];

    public ViewerEvents(EmulatorEvents events) => events.Raised += e =>
    {
        var kind = e.Name.StartsWith("MESSAGE_", StringComparison.Ordinal) ? "channel" : "world";
        var id = e.ChannelId ?? e.GuildId;
        if (id is { } value)
        {
            Publish($"{kind} {Messages.Render.Id(value)}");
        }
    };

    public ChannelReader<string> Subscribe(CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            _subscribers.Add(channel);
        }

        cancellationToken.Register(() =>
        {
            lock (_gate)
            {
                _subscribers.Remove(channel);
            }

            channel.Writer.TryComplete();
        });
        return channel.Reader;
    }

    public void Publish(string channelId)
    {
        lock (_gate)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(channelId);
            }
        }
    }
}
