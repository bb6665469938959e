using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Storefront.Api.Auth;
using Storefront.Api.Data;

namespace Storefront.Api.Endpoints;

public static class AddressEndpoints
{
    public static RouteGroupBuilder MapAddressEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync);
        group.MapPost("/", CreateAsync);
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
}
