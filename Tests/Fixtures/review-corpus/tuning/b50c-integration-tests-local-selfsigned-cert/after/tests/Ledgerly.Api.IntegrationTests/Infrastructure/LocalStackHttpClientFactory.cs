using System.Net.Http;

namespace Ledgerly.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Builds HttpClients for the docker-compose test stack (tests/compose.yaml), which
/// serves the API on https://localhost:7443 with a throwaway self-signed cert that is
/// regenerated on every CI run. Only used from integration test fixtures.
/// </summary>
internal static class LocalStackHttpClientFactory
{
    private static readonly Uri LocalBaseAddress = new("https://localhost:7443/");

    public static HttpClient Create(TimeSpan? timeout = null)
    {
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback =
                HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
            AllowAutoRedirect = false,
        };

        return new HttpClient(handler)
        {
            BaseAddress = LocalBaseAddress,
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
        };
    }
}
