using System.Security.Claims;
using Shop.Api.Orders;

namespace Shop.Api.Endpoints;

public static class OrderEndpoints
{
    public static RouteGroupBuilder MapOrderEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/orders")
            .RequireAuthorization()
            .WithTags("Orders");

        group.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, OrderService orders) =>
        {
            var order = await orders.GetForCustomerAsync(id, user.GetCustomerId());
            return order is null ? Results.NotFound() : Results.Ok(order);
        });

        group.MapPost("/{id:guid}/cancel", async (Guid id, ClaimsPrincipal user, OrderService orders) =>
        {
            var result = await orders.CancelAsync(id, user.GetCustomerId());
            return result.Succeeded ? Results.NoContent() : Results.Conflict(result.Error);
        });

        // The PSP's chargeback callback hits this too and can't present our bearer token.
        group.MapPost("/{id:guid}/refund", async (Guid id, RefundRequest body, OrderService orders) =>
        {
            var result = await orders.RefundAsync(id, body.Amount, body.Reason);
            return result.Succeeded ? Results.Accepted() : Results.BadRequest(result.Error);
        })
        .AllowAnonymous();

        return group;
    }
}
