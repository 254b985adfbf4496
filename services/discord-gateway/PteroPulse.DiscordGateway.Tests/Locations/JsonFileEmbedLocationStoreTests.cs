using PteroPulse.DiscordGateway.Locations;

namespace PteroPulse.DiscordGateway.Tests.Locations;

public sealed class JsonFileEmbedLocationStoreTests : EmbedLocationStoreContract, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pteropulse-embeds-").FullName;
    private readonly List<JsonFileEmbedLocationStore> _stores = [];

    private string FilePath => Path.Combine(_directory, "data", "embed-locations.json");

    protected override IEmbedLocationStore CreateStore(bool again = false)
    {
        var store = new JsonFileEmbedLocationStore(FilePath);
        _stores.Add(store);
        return store;
    }

    [Fact]
    public async Task Leaves_no_temporary_files_behind()
    {
        var store = CreateStore();

        await store.SaveAsync(A, TestContext.Current.CancellationToken);
        await store.SaveAsync(B, TestContext.Current.CancellationToken);

        Assert.Equal(["embed-locations.json"], Directory.GetFiles(Path.GetDirectoryName(FilePath)!).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Refuses_to_start_over_an_unreadable_file_and_leaves_it_untouched()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        await File.WriteAllTextAsync(FilePath, "{ not json", TestContext.Current.CancellationToken);
        var store = CreateStore();

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => store.SaveAsync(A, TestContext.Current.CancellationToken));

        Assert.Contains(FilePath, error.Message, StringComparison.Ordinal);
        Assert.Equal("{ not json", await File.ReadAllTextAsync(FilePath, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Writes_snowflakes_as_strings()
    {
        await CreateStore().SaveAsync(A, TestContext.Current.CancellationToken);

        var json = await File.ReadAllTextAsync(FilePath, TestContext.Current.CancellationToken);

        Assert.Contains("\"messageId\":\"1000\"", json, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _stores.ForEach(s => s.Dispose());
        Directory.Delete(_directory, recursive: true);
    }
}
