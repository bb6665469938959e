using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace Payments.Gateway.Http;

public sealed class PartnerHttpClientFactory
{
    private readonly PartnerOptions _options;

    public PartnerHttpClientFactory(IOptions<PartnerOptions> options)
    {
        _options = options.Value;
    }

    public HttpClient Create()
    {
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(10),
        };
        handler.SslOptions.ClientCertificates = new X509CertificateCollection
        {
            X509Certificate2.CreateFromPemFile(_options.ClientCertPath, _options.ClientKeyPath),
        };

        return new HttpClient(handler)
        {
            BaseAddress = new Uri(_options.BaseUrl),
            Timeout = TimeSpan.FromSeconds(30),
        };
    }
}
