using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Payments.Application.Abstractions;
using Payments.Infrastructure.Acquirer;
using Payments.Infrastructure.Persistence;
using Polly;
using Polly.Extensions.Http;

namespace Payments.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddPaymentsInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AcquirerOptions>()
            .Bind(configuration.GetSection(AcquirerOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddDbContext<PaymentsDbContext>(options =>
            options.UseNpgsql(configuration.GetConnectionString("Payments")));

        services.AddScoped<IPaymentRepository, PaymentRepository>();
        services.AddScoped<IRefundRepository, RefundRepository>();

        services.AddHttpClient<IAcquirerClient, AcquirerClient>((sp, client) =>
            {
                var options = sp.GetRequiredService<IOptions<AcquirerOptions>>().Value;
                client.BaseAddress = new Uri(options.BaseUrl);
                client.Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
                client.DefaultRequestHeaders.Add("X-Merchant-Id", options.MerchantId);
            })
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var options = sp.GetRequiredService<IOptions<AcquirerOptions>>().Value;
                var clientCert = X509Certificate2.CreateFromPemFile(options.ClientCertPath, options.ClientKeyPath);

                var handler = new HttpClientHandler
                {
                    ClientCertificateOptions = ClientCertificateOption.Manual,
                    // Acquirer endpoints are signed by their own private CA which isn't in our base image.
                    ServerCertificateCustomValidationCallback = (_, _, _, _) => true,
                };
                handler.ClientCertificates.Add(clientCert);
                return handler;
            })
            .AddPolicyHandler(RetryPolicy());

        return services;
    }

    private static IAsyncPolicy<HttpResponseMessage> RetryPolicy() =>
        HttpPolicyExtensions
            .HandleTransientHttpError()
            .OrResult(r => r.StatusCode == System.Net.HttpStatusCode.TooManyRequests)
            .WaitAndRetryAsync(3, attempt => TimeSpan.FromMilliseconds(200 * Math.Pow(2, attempt)));
}
