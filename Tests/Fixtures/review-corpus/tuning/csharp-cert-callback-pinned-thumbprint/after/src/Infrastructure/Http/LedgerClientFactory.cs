using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Acme.Payments.Infrastructure.Http;

public sealed class LedgerClientFactory
{
    // SHA-256 of the ledger's leaf certificate (rotated with the cert, see runbook)
    private const string LedgerCertSha256 = "74b54db9ac39c6d869f77647f13c94b893e6d485c083493a3f3dd128e585a624";

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
        handler.ServerCertificateCustomValidationCallback = (_, cert, _, errors) =>
            errors == SslPolicyErrors.None
            && cert is not null
            && string.Equals(cert.GetCertHashString(HashAlgorithmName.SHA256), LedgerCertSha256, StringComparison.OrdinalIgnoreCase);
        var client = new HttpClient(handler)
        {
            BaseAddress = new Uri(_options.BaseUrl),
            Timeout = TimeSpan.FromSeconds(15),
        };
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }
}
