using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Orders.Worker.Carriers;
using Polly;
using Polly.Extensions.Http;

namespace Orders.Worker.Extensions;

public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddCarrierClients(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<CarrierOptions>(config.GetSection("Carriers:Parcelnet"));

        services.AddHttpClient<IParcelnetClient, ParcelnetClient>((sp, client) =>
            {
                var opts = sp.GetRequiredService<IOptions<CarrierOptions>>().Value;
                client.BaseAddress = new Uri(opts.BaseUrl);
                client.Timeout = TimeSpan.FromSeconds(20);
                client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", opts.ApiToken);
            })
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                // Parcelnet's new edge serves an incomplete chain; unblock label printing until they fix it.
                ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
            })
            .AddPolicyHandler(HttpPolicyExtensions
                .HandleTransientHttpError()
                .WaitAndRetryAsync(3, attempt => TimeSpan.FromSeconds(Math.Pow(2, attempt))));

        return services;
    }
}
