using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace PteroPulse.Discord.Hosting;

/// <summary>
/// Data-annotation validation that names each problem by configuration key and environment variable
/// (<c>Discord:Token (env Discord__Token): The Token field is required.</c>), so a bad deploy stops saying what to fix.
/// </summary>
internal sealed class AnnotatedOptionsValidator<T>(string sectionName) : IValidateOptions<T>
    where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        if (options is IValidatableObject validatable && results.Count == 0)
        {
            results.AddRange(validatable.Validate(new ValidationContext(options)));
        }

        var problems = results.Select(result =>
        {
            var member = result.MemberNames.FirstOrDefault() ?? "";
            var key = member.Length == 0 ? sectionName : $"{sectionName}:{member}";
            return $"{key} (env {key.Replace(":", "__", StringComparison.Ordinal)}): {result.ErrorMessage}";
        }).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
