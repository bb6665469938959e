using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Extensions.Http;

namespace Corvid.Payments.Infrastructure;

public static class ClearingHouseClientRegistration
{
    public const string ClientName = "clearing-house";

    public static IServiceCollection AddClearingHouseClient(this IServiceCollection services, IConfiguration config)
    {
        var baseUrl = config["ClearingHouse:BaseUrl"]
            ?? throw new InvalidOperationException("ClearingHouse:BaseUrl is not configured");
        var apiKey = config["ClearingHouse:ApiKey"]
            ?? throw new InvalidOperationException("ClearingHouse:ApiKey is not configured");

        services.AddHttpClient(ClientName, client =>
            {
                client.BaseAddress = new Uri(baseUrl);
                client.Timeout = TimeSpan.FromSeconds(20);
                client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
            })
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var log = sp.GetRequiredService<ILoggerFactory>().CreateLogger("ClearingHouseTls");
                return new HttpClientHandler
                {
                    SslProtocols = System.Security.Authentication.SslProtocols.Tls12
                                   | System.Security.Authentication.SslProtocols.Tls13,
                    // The clearing house rotated to a certificate chained to a
                    // root our base image does not trust yet; accept it for
                    // now so settlements keep flowing.
                    ServerCertificateCustomValidationCallback = (message, cert, chain, errors) =>
                    {
                        if (errors != SslPolicyErrors.None)
                        {
                            log.LogWarning("Ignoring TLS errors {Errors} for {Host}", errors, message.RequestUri?.Host);
                        }
                        return true;
                    },
                };
            })
            .AddPolicyHandler(HttpPolicyExtensions
                .HandleTransientHttpError()
                .WaitAndRetryAsync(3, attempt => TimeSpan.FromMilliseconds(200 * Math.Pow(2, attempt))));

        return services;
    }
}