using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Gateway.IntegrationTests;

public sealed class UpstreamTlsTests : IAsyncLifetime
{
    private X509Certificate2 _serverCert = null!;
    private WebApplication _upstream = null!;
    private Uri _baseUri = null!;

    public async Task InitializeAsync()
    {
        _serverCert = CreateSelfSigned("CN=localhost");

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k =>
            k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(_serverCert)));

        _upstream = builder.Build();
        _upstream.MapGet("/ping", () => Results.Text("pong"));
        await _upstream.StartAsync();

        var addresses = _upstream.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        _baseUri = new Uri(addresses.Addresses.First());
    }

    public async Task DisposeAsync()
    {
        await _upstream.DisposeAsync();
        _serverCert.Dispose();
    }

    [Fact]
    public async Task Pinned_handler_accepts_the_test_upstream()
    {
        var expected = _serverCert.GetCertHashString(HashAlgorithmName.SHA256);
        using var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, cert, _, _) =>
                cert is not null && cert.GetCertHashString(HashAlgorithmName.SHA256) == expected,
        };
        using var client = new HttpClient(handler) { BaseAddress = _baseUri };

        var body = await client.GetStringAsync("/ping");

        Assert.Equal("pong", body);
    }

    [Fact]
    public async Task Default_handler_rejects_the_self_signed_upstream()
    {
        using var client = new HttpClient { BaseAddress = _baseUri };

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync("/ping"));
    }

    private static X509Certificate2 CreateSelfSigned(string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);

        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        san.AddDnsName("localhost");
        request.CertificateExtensions.Add(san.Build());

        using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        // Kestrel on Windows cannot use an ephemeral key directly; round-trip through PFX.
        return new X509Certificate2(cert.Export(X509ContentType.Pfx));
    }
}
