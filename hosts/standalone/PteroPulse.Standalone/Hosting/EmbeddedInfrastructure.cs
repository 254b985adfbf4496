namespace PteroPulse.Standalone.Hosting;

public static class EmbeddedInfrastructure
{
    /// <summary>
    /// The standalone host always runs on the in-memory bus, with history in memory and embed locations in a JSON
    /// file. An .env written for docker compose names RabbitMQ and Redis hosts that do not exist outside compose;
    /// honouring them here would turn "one process, nothing else to install" into a start-up that waits for a broker.
    /// </summary>
    public static WebApplicationBuilder UseEmbeddedInfrastructure(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RabbitMq:Host"] = "",
            ["Redis:ConnectionString"] = "",
        });
        return builder;
    }
}
