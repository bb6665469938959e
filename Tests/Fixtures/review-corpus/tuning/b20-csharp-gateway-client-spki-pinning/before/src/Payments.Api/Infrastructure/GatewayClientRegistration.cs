using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Payments.Api.Gateway;
using Polly;
using Polly.Extensions.Http;

namespace Payments.Api.Infrastructure;

public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    public required Uri BaseAddress { get; init; }
    public required string ApiKeySecretName { get; init; }
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);
}

/// <summary>
/// Registers the typed <see cref="IGatewayClient"/> used to create and capture card payments.
/// The API key is resolved from the secret store at client creation time, never from
/// appsettings, and the client refuses redirects so the bearer token cannot leak to
/// another host.
/// </summary>
public static class GatewayClientRegistration
{
    public static IServiceCollection AddGatewayClient(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<GatewayOptions>()
            .Bind(config.GetSection(GatewayOptions.Section))
            .Validate(o => o.BaseAddress.Scheme == Uri.UriSchemeHttps, "Gateway base address must be https")
            .ValidateOnStart();

        services
            .AddHttpClient<IGatewayClient, GatewayClient>((sp, client) =>
            {
                var options = sp.GetRequiredService<IOptions<GatewayOptions>>().Value;
                var secrets = sp.GetRequiredService<ISecretStore>();
                client.BaseAddress = options.BaseAddress;
                client.Timeout = options.Timeout;
                client.DefaultRequestHeaders.Authorization =
                    new AuthenticationHeaderValue("Bearer", secrets.Get(options.ApiKeySecretName));
                client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                AutomaticDecompression = DecompressionMethods.GZip,
                AllowAutoRedirect = false,
            })
            .AddPolicyHandler(RetryPolicy());

        return services;
    }

    private static IAsyncPolicy<HttpResponseMessage> RetryPolicy() =>
        HttpPolicyExtensions
            .HandleTransientHttpError()
            .OrResult(r => r.StatusCode == HttpStatusCode.TooManyRequests)
            .WaitAndRetryAsync(3, attempt => TimeSpan.FromMilliseconds(200 * Math.Pow(2, attempt)));
}
