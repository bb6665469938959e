using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Storefront.Api.Auth;
using Storefront.Api.Data;

namespace Storefront.Api.Endpoints;

public static class AddressEndpoints
{
    private const string AutocompleteUrl = "https://api.geoapify.com/v1/geocode/autocomplete";

    public static RouteGroupBuilder MapAddressEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync);
        group.MapPost("/", CreateAsync);
        group.MapGet("/suggest", SuggestAsync);
        return group;
    }

    private static async Task<Ok<List<AddressDto>>> ListAsync(StoreDb db, ICurrentCustomer me, CancellationToken ct)
    {
        var rows = await db.Addresses
            .Where(a => a.CustomerId == me.Id)
            .OrderByDescending(a => a.IsDefault).ThenBy(a => a.Label)
            .Select(a => AddressDto.From(a))
            .ToListAsync(ct);
        return TypedResults.Ok(rows);
    }

    private static async Task<Results<Created<AddressDto>, ValidationProblem>> CreateAsync(
        CreateAddressRequest req, StoreDb db, ICurrentCustomer me, CancellationToken ct)
    {
        var errors = req.Validate();
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var entity = req.ToEntity(me.Id);
        db.Addresses.Add(entity);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/addresses/{entity.Id}", AddressDto.From(entity));
    }

    // Checkout address field autocomplete (DACH only for now).
    private static async Task<Results<Ok<List<AddressSuggestion>>, BadRequest>> SuggestAsync(
        string q, IHttpClientFactory httpFactory, IConfiguration config, ILoggerFactory loggers, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length < 3 || q.Length > 200)
        {
            return TypedResults.BadRequest();
        }

        var url = QueryHelpers.AddQueryString(AutocompleteUrl, new Dictionary<string, string?>
        {
            ["text"] = q.Trim(),
            ["filter"] = "countrycode:de,at,ch",
            ["format"] = "json",
            ["limit"] = "5",
            ["apiKey"] = config["Geoapify:ApiKey"],
        });

        var client = httpFactory.CreateClient("geoapify");
        using var resp = await client.GetAsync(url, ct);
        if (!resp.IsSuccessStatusCode)
        {
            loggers.CreateLogger("AddressSuggest").LogWarning("Geoapify returned {Status}", (int)resp.StatusCode);
            return TypedResults.Ok(new List<AddressSuggestion>());
        }

        var payload = await resp.Content.ReadFromJsonAsync<GeoapifyResponse>(cancellationToken: ct);
        var suggestions = payload?.Results.Select(AddressSuggestion.From).ToList() ?? new List<AddressSuggestion>();
        return TypedResults.Ok(suggestions);
    }
}
