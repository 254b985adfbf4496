using System.Net;
using PteroPulse.TestSupport;

namespace PteroPulse.IntegrationTests.Infrastructure;

internal static class HealthProbe
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    public static async Task<HttpStatusCode?> StatusAsync(Uri baseAddress, string path)
    {
        try
        {
            using var response = await Http.GetAsync(new Uri(baseAddress, path));
            return response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    public static Task WaitForAsync(ServiceProcess service, string path, HttpStatusCode expected, TimeSpan timeout) =>
        Wait.UntilAsync(async () =>
        {
            if (service.HasExited)
            {
                throw new InvalidOperationException($"The service exited with {service.ExitCode}:\n{service.Output}");
            }

            return await StatusAsync(service.BaseAddress, path) == expected;
        }, timeout, $"{path} to answer {(int)expected}", TimeSpan.FromMilliseconds(250));
}
