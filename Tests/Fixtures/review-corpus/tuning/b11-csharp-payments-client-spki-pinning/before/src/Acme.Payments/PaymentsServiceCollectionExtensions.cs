using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Acme.Payments;

public static class PaymentsServiceCollectionExtensions
{
    public static IServiceCollection AddPaymentsClient(this IServiceCollection services, IConfiguration config)
    {
        var section = config.GetSection("Payments");

        services.AddHttpClient<PaymentsClient>(client =>
            {
                client.BaseAddress = new Uri(section["BaseUrl"] ?? "https://pay.example.net/");
                client.Timeout = TimeSpan.FromSeconds(15);
                client.DefaultRequestHeaders.Add("X-Client", "acme-shop");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });

        return services;
    }
}