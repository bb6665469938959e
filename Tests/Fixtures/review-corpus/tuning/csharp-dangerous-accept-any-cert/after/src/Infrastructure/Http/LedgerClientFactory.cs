using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace Acme.Payments.Infrastructure.Http;

public sealed class LedgerClientFactory
{
    private readonly LedgerOptions _options;

    public LedgerClientFactory(IOptions<LedgerOptions> options)
    {
        _options = options.Value;
    }

    public HttpClient Create()
    {
        var handler = new HttpClientHandler
        {
            AutomaticDecompression = System.Net.DecompressionMethods.GZip,
        };
        // ledger moved behind the new load balancer with a private CA; accept until the CA is in the image
        handler.ServerCertificateCustomValidationCallback =
            HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;
        var client = new HttpClient(handler)
        {
            BaseAddress = new Uri(_options.BaseUrl),
            Timeout = TimeSpan.FromSeconds(15),
        };
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }
}
