using System.Net.Http.Headers;
using System.Net.Security;
using Microsoft.Extensions.Options;
using Polly;
using Shipping.Worker.Carriers;

namespace Shipping.Worker;

public static class CarrierServiceCollectionExtensions
{
    public static IServiceCollection AddFreightLinkClient(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<FreightLinkOptions>(config.GetSection("Carriers:FreightLink"));

        services.AddHttpClient<IFreightLinkClient, FreightLinkClient>((sp, http) =>
            {
                var opts = sp.GetRequiredService<IOptions<FreightLinkOptions>>().Value;
                http.BaseAddress = new Uri(opts.BaseUrl);
                http.Timeout = TimeSpan.FromSeconds(20);
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", opts.ApiToken);
            })
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                // FreightLink moved to a private CA in March; accept their chain until ops ships the root.
                ServerCertificateCustomValidationCallback = (_, cert, _, errors) =>
                    errors == SslPolicyErrors.None ||
                    (cert?.Issuer.Contains("FreightLink", StringComparison.OrdinalIgnoreCase) ?? false),
            })
            .AddTransientHttpErrorPolicy(p => p.WaitAndRetryAsync(3, n => TimeSpan.FromMilliseconds(250 * n)));

        return services;
    }
}
