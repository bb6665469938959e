using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace Fernhill.Payments.IntegrationTests.Fakes;

/// <summary>Stands in for the acquirer's capture/refund API so checkout tests run offline.</summary>
/// <remarks>
/// Runs over HTTPS since the acquirer client started presenting a client certificate; the
/// mutual-TLS code path only kicks in on a TLS connection, so plain HTTP no longer covered it.
/// </remarks>
public sealed class FakeAcquirerServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    public ConcurrentQueue<CaptureRequest> Captures { get; } = new();

    public Uri BaseAddress { get; private set; } = default!;

    public FakeAcquirerServer()
    {
        var certificate = CreateLoopbackCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        _app = builder.Build();

        _app.MapPost("/v3/captures", async (CaptureRequest req) =>
        {
            Captures.Enqueue(req);
            await Task.Yield();
            return Results.Ok(new { id = $"cap_{Captures.Count:D6}", status = "captured" });
        });
        _app.MapPost("/v3/refunds", () => Results.Ok(new { status = "refunded" }));
    }

    public async Task StartAsync()
    {
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First());
    }

    /// <summary>Handler for the test host's acquirer HttpClient; the fake's certificate is self-signed.</summary>
    public HttpMessageHandler CreateHandler() => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
    };

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static X509Certificate2 CreateLoopbackCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        san.AddDnsName("localhost");
        request.CertificateExtensions.Add(san.Build());
        using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        // Round-trip through PFX so the private key is usable by SslStream on Windows agents too.
        return new X509Certificate2(cert.Export(X509ContentType.Pfx));
    }
}
