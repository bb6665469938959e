using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Billing.Api.Clients;

public sealed class TaxRateOptions
{
    public const string Section = "TaxRates";

    public required Uri BaseAddress { get; init; }
    public required string ApiKey { get; init; }
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);
}

public sealed record TaxRate(
    string CountryCode,
    string? PostalCode,
    decimal StandardRate,
    decimal? ReducedRate,
    DateOnly ValidFrom);

public interface ITaxRateClient
{
    Task<TaxRate?> GetRateAsync(string countryCode, string? postalCode, CancellationToken ct);
}

/// <summary>
/// Typed client for the tax-rate provider, registered with
/// <c>services.AddHttpClient&lt;ITaxRateClient, TaxRateClient&gt;().AddStandardResilienceHandler()</c>.
/// </summary>
public sealed partial class TaxRateClient : ITaxRateClient
{
    private readonly HttpClient _http;
    private readonly ILogger<TaxRateClient> _logger;

    public TaxRateClient(HttpClient http, IOptions<TaxRateOptions> options, ILogger<TaxRateClient> logger)
    {
        var o = options.Value;
        http.BaseAddress = o.BaseAddress;
        http.Timeout = o.Timeout;
        http.DefaultRequestHeaders.Add("X-Api-Key", o.ApiKey);
        _http = http;
        _logger = logger;
    }

    public async Task<TaxRate?> GetRateAsync(string countryCode, string? postalCode, CancellationToken ct)
    {
        if (!CountryCode().IsMatch(countryCode))
        {
            throw new ArgumentException("Expected an ISO 3166-1 alpha-2 country code.", nameof(countryCode));
        }

        var path = $"v2/rates/{countryCode.ToUpperInvariant()}";
        if (!string.IsNullOrWhiteSpace(postalCode))
        {
            path += $"?postal_code={Uri.EscapeDataString(postalCode.Trim())}";
        }

        using var response = await _http.GetAsync(path, ct);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            _logger.LogInformation("No tax rate published for {Country} {PostalCode}", countryCode, postalCode);
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<TaxRate>(cancellationToken: ct);
    }

    [GeneratedRegex("^[A-Za-z]{2}$")]
    private static partial Regex CountryCode();
}
