namespace PteroPulse.Discord.Rest;

/// <summary>The REST client; calls are grouped by API area in partial files.</summary>
internal sealed partial class DiscordRestClient(RestRequestSender sender, Microsoft.Extensions.Options.IOptions<DiscordOptions> options) : IDiscordRestClient
{
    private ulong _applicationId = options.Value.ApplicationId;

    public async Task<ulong> GetApplicationIdAsync(CancellationToken cancellationToken = default)
    {
        if (_applicationId == 0)
        {
            _applicationId = (await GetCurrentApplicationAsync(cancellationToken)).Id;
        }

        return _applicationId;
    }
}
