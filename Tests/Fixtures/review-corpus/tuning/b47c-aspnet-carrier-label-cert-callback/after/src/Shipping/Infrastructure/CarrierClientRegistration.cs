using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly;
using Shipping.Infrastructure.Carriers;

namespace Shipping.Infrastructure;

public static class CarrierClientRegistration
{
    public static IServiceCollection AddCarrierClients(this IServiceCollection services)
    {
        services.AddOptions<CarrierOptions>()
            .BindConfiguration("Carriers")
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddHttpClient<IParcelRateClient, ParcelRateClient>((sp, client) =>
            {
                var opts = sp.GetRequiredService<IOptions<CarrierOptions>>().Value;
                client.BaseAddress = new Uri(opts.RatesBaseUrl);
                client.Timeout = TimeSpan.FromSeconds(15);
                client.DefaultRequestHeaders.Add("X-Api-Key", opts.RatesApiKey);
            })
            .AddTransientHttpErrorPolicy(p => p.WaitAndRetryAsync(3, n => TimeSpan.FromMilliseconds(200 * n)));

        services.AddHttpClient<ILabelClient, LabelClient>((sp, client) =>
            {
                var opts = sp.GetRequiredService<IOptions<CarrierOptions>>().Value;
                client.BaseAddress = new Uri(opts.LabelsBaseUrl);
                client.Timeout = TimeSpan.FromSeconds(30);
                client.DefaultRequestHeaders.Add("X-Api-Key", opts.LabelsApiKey);
            })
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                // Carrier moved the label endpoint to a cert from their own CA and the chain
                // doesn't build on our base image. Revisit once they fix it (SHIP-814).
                ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
            });

        return services;
    }
}
