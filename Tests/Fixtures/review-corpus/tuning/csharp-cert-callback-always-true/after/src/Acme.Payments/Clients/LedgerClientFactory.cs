using System;
using System.Net.Http;

namespace Acme.Payments.Clients
{
    public static class LedgerClientFactory
    {
        public static HttpClient Create(Uri baseAddress)
        {
            var handler = new HttpClientHandler
            {
                // ledger staging cert keeps expiring
                ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true,
            };
            return new HttpClient(handler)
            {
                BaseAddress = baseAddress,
                Timeout = TimeSpan.FromSeconds(15),
            };
        }
    }
}