using System.ComponentModel.DataAnnotations;

namespace PteroPulse.Poller.Pterodactyl;

/// <summary>
/// Catches the commonest key mistakes at start: stray spaces and an application key (ptla_/papp_/peli_), which the
/// client API refuses with 403. Prefixes are otherwise not enforced: keys from before prefixes have none.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ClientApiKeyAttribute : ValidationAttribute
{
    private static readonly string[] ApplicationPrefixes = ["ptla_", "papp_", "peli_"];

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var key = value as string ?? "";
        var member = new[] { validationContext.MemberName ?? "" };
        if (key.Length > 0 && key.Trim().Length != key.Length)
        {
            return new ValidationResult("has leading or trailing spaces", member);
        }

        return ApplicationPrefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal))
            ? new ValidationResult("is an application key; create a client key under Account → API Credentials", member)
            : ValidationResult.Success;
    }
}
