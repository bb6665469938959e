using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Treasury.Worker.Bank;

public sealed class BankHttpHandlerFactory
{
    private readonly BankOptions _options;
    private readonly ILogger<BankHttpHandlerFactory> _logger;

    public BankHttpHandlerFactory(IOptions<BankOptions> options, ILogger<BankHttpHandlerFactory> logger)
    {
        _options = options.Value;
        _logger = logger;
    }

    public HttpMessageHandler Create()
    {
        var pins = new HashSet<string>(_options.PinnedSpkiSha256, StringComparer.Ordinal);

        return new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            SslOptions = new SslClientAuthenticationOptions
            {
                EnabledSslProtocols = System.Security.Authentication.SslProtocols.Tls12
                    | System.Security.Authentication.SslProtocols.Tls13,
                RemoteCertificateValidationCallback = (sender, certificate, chain, errors) =>
                {
                    if (errors != SslPolicyErrors.None || certificate is null)
                    {
                        _logger.LogWarning("Bank TLS validation failed: {Errors}", errors);
                        return false;
                    }

                    using var cert = new X509Certificate2(certificate);
                    var spki = cert.PublicKey.ExportSubjectPublicKeyInfo();
                    var pin = Convert.ToBase64String(SHA256.HashData(spki));
                    if (!pins.Contains(pin))
                    {
                        _logger.LogWarning("Bank certificate pin mismatch: {Pin}", pin);
                        return false;
                    }
                    return true;
                },
            },
        };
    }
}
