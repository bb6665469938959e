using System;
using System.Linq;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace Acme.Remittance.Http;

public sealed class RemittanceHandlerFactory
{
    private readonly RemittanceOptions _options;

    public RemittanceHandlerFactory(IOptions<RemittanceOptions> options) => _options = options.Value;

    public HttpMessageHandler Create()
    {
        var pinned = _options.PinnedThumbprints;
        return new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (sender, certificate, chain, errors) =>
                {
                    if (errors == SslPolicyErrors.None)
                    {
                        return true;
                    }
                    // The bank's private root is not in the image: accept its chain only for the leaves we pinned.
                    if (errors == SslPolicyErrors.RemoteCertificateChainErrors && certificate is X509Certificate2 leaf)
                    {
                        return pinned.Contains(leaf.Thumbprint, StringComparer.OrdinalIgnoreCase);
                    }
                    return false;
                },
            },
        };
    }
}