using System.ComponentModel.DataAnnotations;

namespace PteroPulse.Poller.Pterodactyl;

/// <summary>
/// The panel's base URL: absolute http(s), no /api path. An attribute rather than IValidatableObject, so it is
/// reported together with every other bad key.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PanelUrlAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var text = value as string ?? "";
        if (text.Length == 0)
        {
            return ValidationResult.Success; // [Required] reports it.
        }

        var member = new[] { validationContext.MemberName ?? "" };
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return new ValidationResult("must be an absolute http(s) URL such as https://panel.example.org", member);
        }

        return uri.AbsolutePath.Contains("/api", StringComparison.OrdinalIgnoreCase)
            ? new ValidationResult("must be the panel's base URL, without /api/...", member)
            : ValidationResult.Success;
    }
}
