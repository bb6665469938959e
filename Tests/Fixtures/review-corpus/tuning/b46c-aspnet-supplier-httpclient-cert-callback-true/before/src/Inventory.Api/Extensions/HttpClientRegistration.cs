using System.Net;
using Inventory.Api.Suppliers;
using Polly;
using Polly.Extensions.Http;

namespace Inventory.Api.Extensions;

public static class HttpClientRegistration
{
    public static IServiceCollection AddSupplierClients(this IServiceCollection services, IConfiguration config)
    {
        var supplierBase = config["Suppliers:Acme:BaseUrl"]
            ?? throw new InvalidOperationException("Suppliers:Acme:BaseUrl is not configured");

        services.AddHttpClient<IAcmeSupplierClient, AcmeSupplierClient>(client =>
            {
                client.BaseAddress = new Uri(supplierBase);
                client.Timeout = TimeSpan.FromSeconds(20);
                client.DefaultRequestHeaders.Add("Accept", "application/json");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .AddPolicyHandler(RetryPolicy());

        return services;
    }

    private static IAsyncPolicy<HttpResponseMessage> RetryPolicy() =>
        HttpPolicyExtensions
            .HandleTransientHttpError()
            .WaitAndRetryAsync(3, attempt => TimeSpan.FromMilliseconds(200 * Math.Pow(2, attempt)));
}
