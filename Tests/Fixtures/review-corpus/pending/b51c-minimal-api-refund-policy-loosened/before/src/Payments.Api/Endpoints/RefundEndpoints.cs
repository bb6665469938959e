using Microsoft.AspNetCore.Http.HttpResults;
using Payments.Api.Contracts;
using Payments.Core.Refunds;

namespace Payments.Api.Endpoints;

public static class RefundEndpoints
{
    public static RouteGroupBuilder MapRefundEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/refunds")
            .WithTags("Refunds")
            .RequireAuthorization("FinanceAdmin");

        group.MapGet("/{id:guid}", GetRefund);
        group.MapPost("/", IssueRefund);

        return group;
    }

    private static async Task<Results<Ok<RefundDto>, NotFound>> GetRefund(
        Guid id, IRefundService refunds, CancellationToken ct)
    {
        var refund = await refunds.FindAsync(id, ct);
        return refund is null ? TypedResults.NotFound() : TypedResults.Ok(RefundDto.From(refund));
    }

    private static async Task<Results<Created<RefundDto>, ValidationProblem>> IssueRefund(
        IssueRefundRequest request, IRefundService refunds, HttpContext http, CancellationToken ct)
    {
        if (request.AmountCents <= 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["amountCents"] = ["Amount must be positive."]
            });
        }

        var actor = http.User.Identity?.Name ?? "unknown";
        var refund = await refunds.IssueAsync(request.PaymentId, request.AmountCents, request.Reason, actor, ct);
        return TypedResults.Created($"/api/refunds/{refund.Id}", RefundDto.From(refund));
    }
}
