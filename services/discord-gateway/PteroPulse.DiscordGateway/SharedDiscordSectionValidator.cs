using Microsoft.Extensions.Options;
using PteroPulse.Discord;

namespace PteroPulse.DiscordGateway;

/// <summary>
/// The client library's options and the gateway's share the "Discord" section, and the library reads its options
/// while the host builds its services — before start-up validation would report the gateway's keys. Validating the
/// gateway's options together with the library's keeps the promise that one failed start names every bad key.
/// </summary>
internal sealed class SharedDiscordSectionValidator(IOptionsFactory<DiscordGatewayOptions> gatewayOptions) : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        try
        {
            gatewayOptions.Create(Options.DefaultName);
            return ValidateOptionsResult.Success;
        }
        catch (OptionsValidationException ex)
        {
            // The library names a missing token itself; saying it twice helps nobody.
            var failures = ex.Failures.Where(f => !(string.IsNullOrEmpty(options.Token) && f.StartsWith("Discord:Token ", StringComparison.Ordinal))).ToList();
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
