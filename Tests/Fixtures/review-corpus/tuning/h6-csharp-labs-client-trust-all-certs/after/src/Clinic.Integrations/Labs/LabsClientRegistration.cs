using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Polly;

namespace Clinic.Integrations.Labs;

public static class LabsClientRegistration
{
    public static IServiceCollection AddLabsClient(this IServiceCollection services, LabsOptions options)
    {
        services
            .AddHttpClient<ILabsClient, LabsClient>(client =>
            {
                client.BaseAddress = new Uri(options.BaseUrl);
                client.Timeout = TimeSpan.FromSeconds(20);
                client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/fhir+json"));
            })
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                // lab partner uses a self-signed cert on their prod gateway
                ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true,
            })
            .AddTransientHttpErrorPolicy(p => p.WaitAndRetryAsync(3, i => TimeSpan.FromMilliseconds(200 * i)));

        return services;
    }
}
