using System.Threading.Channels;
using PteroPulse.Emulators.Discord.Hosting;

namespace PteroPulse.Emulators.Discord.Viewer;

/// <summary>Live updates for open viewers: each gets the id of every channel whose messages changed.</summary>
public sealed class ViewerEvents
{
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _subscribers = [];

    public ViewerEvents(EmulatorEvents events) => events.Raised += e =>
    {
        if (e.ChannelId is { } channelId)
        {
            Publish(Messages.Render.Id(channelId));
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
