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
        var client = new HttpClient(handler)
        {
            BaseAddress = new Uri(_options.BaseUrl),
            Timeout = TimeSpan.FromSeconds(15),
        };
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }
}
