using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace Notifications.IntegrationTests;

/// <summary>
/// Spins up a throwaway HTTPS listener on loopback so the dispatcher can be tested
/// against a real TLS endpoint. Uses a self-signed cert generated per test run.
/// </summary>
public sealed class WebhookReceiverFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public List<string> ReceivedBodies { get; } = new();
    public Uri BaseAddress { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        var cert = TestCertificates.CreateSelfSigned("CN=localhost");

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k =>
            k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(cert)));

        _app = builder.Build();
        _app.MapPost("/hook", async (HttpRequest req) =>
        {
            using var reader = new StreamReader(req.Body);
            var body = await reader.ReadToEndAsync();
            lock (ReceivedBodies) ReceivedBodies.Add(body);
            return Results.Ok();
        });

        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First());
    }

    /// <summary>Client for hitting the listener directly from a test.</summary>
    public HttpClient CreateClient() =>
        new(new HttpClientHandler
        {
            // Loopback-only listener with the per-run self-signed cert above.
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
        })
        {
            BaseAddress = BaseAddress,
        };

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
