namespace PteroPulse.Emulators.Panel.Http;

/// <summary>The two rate-limit buckets (throttle:api.client and throttle:api.application), each per user.</summary>
internal enum ApiBucket
{
    Client,
    Application,
}
