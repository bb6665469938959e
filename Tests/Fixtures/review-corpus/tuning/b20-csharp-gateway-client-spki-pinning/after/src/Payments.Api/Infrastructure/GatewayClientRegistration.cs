using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
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

    /// <summary>Base64 SHA-256 hashes of the gateway's SubjectPublicKeyInfo (current and next key).</summary>
    public IReadOnlyList<string> PinnedSpkiSha256 { get; init; } = Array.Empty<string>();
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
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var pins = sp.GetRequiredService<IOptions<GatewayOptions>>().Value.PinnedSpkiSha256;
                return new SocketsHttpHandler
                {
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                    AutomaticDecompression = DecompressionMethods.GZip,
                    AllowAutoRedirect = false,
                    SslOptions = new SslClientAuthenticationOptions
                    {
                        RemoteCertificateValidationCallback = (_, cert, _, errors) =>
                            ValidateWithPins(cert, errors, pins),
                    },
                };
            })
            .AddPolicyHandler(RetryPolicy());

        return services;
    }

    // Normal chain and hostname validation must pass first; pinning only narrows
    // which (already valid) certificates we accept.
    internal static bool ValidateWithPins(X509Certificate? cert, SslPolicyErrors errors, IReadOnlyList<string> pins)
    {
        if (errors != SslPolicyErrors.None || cert is null)
        {
            return false;
        }
        if (pins.Count == 0)
        {
            return true;
        }
        using var x509 = new X509Certificate2(cert);
        var spkiHash = Convert.ToBase64String(SHA256.HashData(x509.PublicKey.ExportSubjectPublicKeyInfo()));
        return pins.Contains(spkiHash, StringComparer.Ordinal);
    }

    private static IAsyncPolicy<HttpResponseMessage> RetryPolicy() =>
        HttpPolicyExtensions
            .HandleTransientHttpError()
            .OrResult(r => r.StatusCode == HttpStatusCode.TooManyRequests)
            .WaitAndRetryAsync(3, attempt => TimeSpan.FromMilliseconds(200 * Math.Pow(2, attempt)));
}
