namespace PteroPulse.ServiceDefaults.Health;

/// <summary>
/// <see cref="Live"/> checks decide whether Kubernetes restarts the pod, so they never look at a dependency (one
/// RabbitMQ outage would otherwise restart every pod). <see cref="Ready"/> checks decide whether it gets traffic.
/// </summary>
public static class HealthTags
{
    public const string Live = "live";
    public const string Ready = "ready";
}
