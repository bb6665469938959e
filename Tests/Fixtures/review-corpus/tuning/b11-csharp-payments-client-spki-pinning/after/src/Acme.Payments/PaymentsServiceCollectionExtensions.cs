using System.Net.Security;
using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Acme.Payments;

public static class PaymentsServiceCollectionExtensions
{
    public static IServiceCollection AddPaymentsClient(this IServiceCollection services, IConfiguration config)
    {
        var section = config.GetSection("Payments");
        var pins = section.GetSection("SpkiPins").Get<string[]>() ?? Array.Empty<string>();

        services.AddHttpClient<PaymentsClient>(client =>
            {
                client.BaseAddress = new Uri(section["BaseUrl"] ?? "https://pay.example.net/");
                client.Timeout = TimeSpan.FromSeconds(15);
                client.DefaultRequestHeaders.Add("X-Client", "acme-shop");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                SslOptions = new SslClientAuthenticationOptions
                {
                    // Normal chain + hostname validation must pass, then the leaf key must match a pin.
                    RemoteCertificateValidationCallback = (_, cert, _, errors) =>
                    {
                        if (errors != SslPolicyErrors.None || cert is null)
                        {
                            return false;
                        }
                        var spki = cert.PublicKey.ExportSubjectPublicKeyInfo();
                        var pin = Convert.ToBase64String(SHA256.HashData(spki));
                        return pins.Contains(pin);
                    },
                },
            });

        return services;
    }
}