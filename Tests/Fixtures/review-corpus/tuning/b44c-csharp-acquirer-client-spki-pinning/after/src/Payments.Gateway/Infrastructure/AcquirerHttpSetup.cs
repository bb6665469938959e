using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
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
                var pins = opts.PinnedSpkiSha256.ToHashSet(StringComparer.Ordinal);
                return new SocketsHttpHandler
                {
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                    AutomaticDecompression = DecompressionMethods.GZip,
                    SslOptions = new SslClientAuthenticationOptions
                    {
                        // Normal chain + hostname validation must pass first; the pin is an extra check on top.
                        RemoteCertificateValidationCallback = (_, cert, _, errors) =>
                            errors == SslPolicyErrors.None
                            && cert is not null
                            && pins.Contains(Convert.ToBase64String(
                                SHA256.HashData(cert.PublicKey.ExportSubjectPublicKeyInfo()))),
                    },
                };
            });

        return services;
    }
}
