using System;
using System.Net.Http;

namespace Acme.Payments.Clients
{
    public static class LedgerClientFactory
    {
        public static HttpClient Create(Uri baseAddress)
        {
            var handler = new HttpClientHandler();
            return new HttpClient(handler)
            {
                BaseAddress = baseAddress,
                Timeout = TimeSpan.FromSeconds(15),
            };
        }
    }
}