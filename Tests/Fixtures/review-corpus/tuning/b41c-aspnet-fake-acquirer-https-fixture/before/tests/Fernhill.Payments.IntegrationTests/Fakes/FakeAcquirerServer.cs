using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace Fernhill.Payments.IntegrationTests.Fakes;

/// <summary>Stands in for the acquirer's capture/refund API so checkout tests run offline.</summary>
public sealed class FakeAcquirerServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    public ConcurrentQueue<CaptureRequest> Captures { get; } = new();

    public Uri BaseAddress { get; private set; } = default!;

    public FakeAcquirerServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
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

    public HttpMessageHandler CreateHandler() => new SocketsHttpHandler();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
