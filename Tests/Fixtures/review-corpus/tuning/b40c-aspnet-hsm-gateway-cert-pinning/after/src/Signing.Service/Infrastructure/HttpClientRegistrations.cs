using System.Net.Security;
using System.Security.Cryptography;
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
        })
        .ConfigurePrimaryHttpMessageHandler(sp =>
        {
            // SEC-219: pin the HSM gateway's leaf cert on top of normal chain validation.
            var pins = sp.GetRequiredService<IOptions<HsmGatewayOptions>>().Value.PinnedSha256
                .Select(p => p.Replace(":", string.Empty).ToUpperInvariant())
                .ToHashSet();
            return new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (_, cert, _, errors) =>
                {
                    if (errors != SslPolicyErrors.None || cert is null)
                    {
                        return false;
                    }
                    return pins.Contains(cert.GetCertHashString(HashAlgorithmName.SHA256));
                },
            };
        });

        services.AddHttpClient<TimestampClient>((sp, client) =>
        {
            var opts = sp.GetRequiredService<IOptions<TsaOptions>>().Value;
            client.BaseAddress = opts.Url;
        });

        return services;
    }
}
