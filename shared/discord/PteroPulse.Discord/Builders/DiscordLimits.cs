namespace PteroPulse.Discord.Builders;

/// <summary>Discord's documented limits for messages, embeds and v1 components.</summary>
public static class DiscordLimits
{
    public const int ContentLength = 2000;
    public const int EmbedsPerMessage = 10;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int EmbedFields = 25;
    public const int EmbedFieldName = 256;
    public const int EmbedFieldValue = 1024;
    public const int EmbedFooter = 2048;
    public const int EmbedAuthorName = 256;
    public const int EmbedTotal = 6000;
    public const int ActionRows = 5;
    public const int ButtonsPerRow = 5;
    public const int CustomId = 100;
    public const int ButtonLabel = 80;
    public const int SelectOptions = 25;
    public const int SelectOptionText = 100;
    public const int SelectPlaceholder = 150;
    public const int Url = 512;
    public const int AutocompleteChoices = 25;
    public const int FilesPerMessage = 10;
}
