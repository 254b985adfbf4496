namespace PteroPulse.Emulators.Discord.Validation;

/// <summary>One failed keyword at one place in the request body; <see cref="Path"/> holds property names and indices.</summary>
public sealed record SchemaError(string[] Path, string Keyword, string Message, string? Limit = null);
