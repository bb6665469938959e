using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Notifications.IntegrationTests.Fixtures;

/// <summary>
/// Starts a throwaway Kestrel receiver on a random loopback port so delivery tests
/// can assert on what the dispatcher actually sends over the wire.
/// </summary>
public sealed class WebhookReceiverFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public RecordedRequests Received { get; } = new();
    public Uri BaseAddress { get; private set; } = default!;
    public HttpClient Client { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSingleton(Received);

        _app = builder.Build();
        _app.MapPost("/hooks/{name}", async (string name, HttpRequest req, RecordedRequests log) =>
        {
            using var reader = new StreamReader(req.Body);
            log.Add(name, req.Headers, await reader.ReadToEndAsync());
            return Results.Accepted();
        });

        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First());
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null) await _app.DisposeAsync();
    }
}
