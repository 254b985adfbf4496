namespace PteroPulse.ServiceDefaults.Configuration;

/// <summary>An options class that names the configuration section it binds to.</summary>
public interface IOptionsSection
{
    static abstract string SectionName { get; }
}
