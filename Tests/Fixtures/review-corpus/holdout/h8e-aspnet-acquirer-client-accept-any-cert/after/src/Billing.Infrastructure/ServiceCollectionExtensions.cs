using Billing.Infrastructure.Options;
using Billing.Infrastructure.Payments;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly;

namespace Billing.Infrastructure;

public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddBillingInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AcquirerOptions>(configuration.GetSection(AcquirerOptions.SectionName));

        services
            .AddHttpClient<IAcquirerClient, AcquirerClient>((sp, client) =>
            {
                var options = sp.GetRequiredService<IOptions<AcquirerOptions>>().Value;
                client.BaseAddress = new Uri(options.BaseUrl);
                client.Timeout = TimeSpan.FromSeconds(20);
                client.DefaultRequestHeaders.Add("X-Merchant-Id", options.MerchantId);
            })
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                // The acquirer's new endpoints chain to an intermediate our base image doesn't trust yet.
                ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
            })
            .AddTransientHttpErrorPolicy(p => p.WaitAndRetryAsync(3, attempt => TimeSpan.FromMilliseconds(200 * attempt)));

        services.AddScoped<IRefundService, RefundService>();
        return services;
    }
}
