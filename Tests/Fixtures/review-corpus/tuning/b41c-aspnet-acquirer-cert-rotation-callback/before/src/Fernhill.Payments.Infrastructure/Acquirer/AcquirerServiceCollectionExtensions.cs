using System.Net.Http.Headers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Extensions.Http;

namespace Fernhill.Payments.Infrastructure.Acquirer;

public static class AcquirerServiceCollectionExtensions
{
    public static IServiceCollection AddAcquirerClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AcquirerOptions>()
            .Bind(configuration.GetSection(AcquirerOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddHttpClient<IAcquirerClient, AcquirerClient>((sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<AcquirerOptions>>().Value;
                http.BaseAddress = options.BaseUrl;
                http.Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
                http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                http.DefaultRequestHeaders.Add("X-Merchant-Id", options.MerchantId);
            })
            .AddPolicyHandler(HttpPolicyExtensions
                .HandleTransientHttpError()
                .WaitAndRetryAsync(3, attempt => TimeSpan.FromMilliseconds(200 * Math.Pow(2, attempt))));

        return services;
    }
}
