using System.Net;
using Microsoft.Extensions.Options;
using Payments.Gateway.Acquirer;

namespace Payments.Gateway.Infrastructure;

public static class AcquirerHttpSetup
{
    public static IServiceCollection AddAcquirerClient(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<AcquirerOptions>()
            .Bind(config.GetSection("Acquirer"))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddHttpClient<IAcquirerClient, AcquirerClient>((sp, client) =>
            {
                var opts = sp.GetRequiredService<IOptions<AcquirerOptions>>().Value;
                client.BaseAddress = new Uri(opts.BaseUrl);
                client.Timeout = TimeSpan.FromSeconds(opts.TimeoutSeconds);
            })
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var opts = sp.GetRequiredService<IOptions<AcquirerOptions>>().Value;
                return new SocketsHttpHandler
                {
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                    AutomaticDecompression = DecompressionMethods.GZip,
                };
            });

        return services;
    }
}
