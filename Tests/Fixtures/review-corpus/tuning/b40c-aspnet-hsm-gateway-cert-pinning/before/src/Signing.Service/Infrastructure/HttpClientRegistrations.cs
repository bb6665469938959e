using Microsoft.Extensions.Options;
using Signing.Service.Hsm;
using Signing.Service.Timestamping;

namespace Signing.Service.Infrastructure;

public static class HttpClientRegistrations
{
    public static IServiceCollection AddSigningHttpClients(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<HsmGatewayOptions>(config.GetSection("HsmGateway"));
        services.Configure<TsaOptions>(config.GetSection("Timestamping"));

        services.AddHttpClient<HsmGatewayClient>((sp, client) =>
        {
            var opts = sp.GetRequiredService<IOptions<HsmGatewayOptions>>().Value;
            client.BaseAddress = opts.BaseAddress;
            client.Timeout = TimeSpan.FromSeconds(opts.TimeoutSeconds);
        });

        services.AddHttpClient<TimestampClient>((sp, client) =>
        {
            var opts = sp.GetRequiredService<IOptions<TsaOptions>>().Value;
            client.BaseAddress = opts.Url;
        });

        return services;
    }
}
