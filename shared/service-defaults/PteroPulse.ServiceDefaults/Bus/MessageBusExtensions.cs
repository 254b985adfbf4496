using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PteroPulse.ServiceDefaults.Configuration;

namespace PteroPulse.ServiceDefaults.Bus;

public static class MessageBusExtensions
{
    /// <summary>
    /// Adds this service's consumers and request clients to the process's one bus. MassTransit allows one
    /// <c>AddMassTransit</c> per container, and the standalone host runs four services in one, so registrations are
    /// collected here and the bus is configured once, when the container is built.
    /// </summary>
    public static IHostApplicationBuilder AddMessageBus(
        this IHostApplicationBuilder builder, string serviceName, Action<ServiceBusRegistration> register)
    {
        var plan = builder.Services
            .Select(d => d.IsKeyedService ? null : d.ImplementationInstance)
            .OfType<MessageBusPlan>()
            .FirstOrDefault();
        if (plan is null)
        {
            plan = new MessageBusPlan(builder.Configuration);
            builder.Services.AddSingleton(plan);
            builder.AddValidatedOptions<RabbitMqOptions>();
            var development = builder.Environment.IsDevelopment();
            builder.ConfigureContainer(
                new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateScopes = development, ValidateOnBuild = development }),
                plan.Apply);
        }

        plan.Add(serviceName, register);
        return builder;
    }
}
