using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PteroPulse.ServiceDefaults.Configuration;
using PteroPulse.ServiceDefaults.Health;
using PteroPulse.ServiceDefaults.Hosting;

namespace PteroPulse.ServiceDefaults.Bus;

/// <summary>The services' bus registrations, applied as one MassTransit configuration.</summary>
internal sealed class MessageBusPlan(IConfiguration configuration)
{
    private readonly List<(string ServiceName, Action<ServiceBusRegistration> Register)> _services = [];

    public IReadOnlyList<string> ServiceNames => _services.Select(s => s.ServiceName).ToList();

    public void Add(string serviceName, Action<ServiceBusRegistration> register) => _services.Add((serviceName, register));

    public void Apply(IServiceCollection services)
    {
        var options = new RabbitMqOptions();
        TolerantBinder.Bind(configuration.GetSection(RabbitMqOptions.SectionName), options);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BusMetrics>();
        services.AddMassTransit(bus =>
        {
            foreach (var (serviceName, register) in _services)
            {
                register(new ServiceBusRegistration(serviceName, bus, options.RequestTimeout));
            }

            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(_services[0].ServiceName, false));
            bus.ConfigureHealthCheckOptions(h =>
            {
                h.Name = "bus";
                h.Tags.Clear();
                h.Tags.Add(HealthTags.Ready);
            });

            if (options.UsesRabbitMq)
            {
                bus.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(options.Host, (ushort)options.Port, options.VirtualHost, h =>
                    {
                        h.Username(options.Username);
                        h.Password(options.Password);
                    });
                    cfg.PrefetchCount = options.PrefetchCount;
                    ConfigureCommon(cfg, context);
                });
            }
            else
            {
                bus.UsingInMemory((context, cfg) => ConfigureCommon(cfg, context));
            }
        });

        services.Configure<MassTransitHostOptions>(o =>
        {
            // Start fails clearly after StartTimeout rather than retrying forever against a missing broker.
            o.WaitUntilStarted = true;
            o.StartTimeout = options.StartTimeout;
            o.StopTimeout = ShutdownTimeouts.Bus;
            o.ConsumerStopTimeout = ShutdownTimeouts.Consumers;
        });
    }

    private static void ConfigureCommon<TEndpoint>(IBusFactoryConfigurator<TEndpoint> cfg, IBusRegistrationContext context)
        where TEndpoint : IReceiveEndpointConfigurator
    {
        // Transient faults (a Redis blip, a slow peer) are retried in place before the message faults.
        cfg.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(500)));
        cfg.UseConsumeFilter(typeof(ConsumerLagFilter<>), context);
        cfg.ConfigureEndpoints(context);
    }
}
