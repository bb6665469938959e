using System.Net.Http.Headers;
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
            .AddTransientHttpErrorPolicy(p => p.WaitAndRetryAsync(3, n => TimeSpan.FromMilliseconds(250 * n)));

        return services;
    }
}
