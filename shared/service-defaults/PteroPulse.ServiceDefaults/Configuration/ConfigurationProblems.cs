using System.Diagnostics.CodeAnalysis;
using System.Text;
using Microsoft.Extensions.Options;

namespace PteroPulse.ServiceDefaults.Configuration;

/// <summary>Turns the exceptions of a failed start-up validation into one list of problems to print.</summary>
public static class ConfigurationProblems
{
    public static bool TryCollect(Exception exception, [NotNullWhen(true)] out IReadOnlyList<string>? problems)
    {
        var found = new List<string>();
        Collect(exception, found);
        problems = found.Count > 0 ? found : null;
        return problems is not null;
    }

    public static string Format(IReadOnlyList<string> problems)
    {
        var text = new StringBuilder("PteroPulse cannot start: the configuration is invalid.\n");
        foreach (var problem in problems)
        {
            text.Append("  - ").Append(problem).Append('\n');
        }

        text.Append("Set each key in the environment (Section__Key) or an .env file; non-secret keys may also go in appsettings.json. Then start again.");
        return text.ToString();
    }

    private static void Collect(Exception exception, List<string> found)
    {
        switch (exception)
        {
            case OptionsValidationException validation:
                found.AddRange(validation.Failures);
                break;
            case AggregateException aggregate:
                foreach (var inner in aggregate.InnerExceptions)
                {
                    Collect(inner, found);
                }

                break;
            case ConfigurationInvalidException invalid:
                found.AddRange(invalid.Problems);
                break;
        }
    }
}
