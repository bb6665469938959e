using System.Net;
using Hooks.Api.Data;
using Hooks.Api.Models;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Api.Endpoints;

public static class WebhookEndpoints
{
    public static RouteGroupBuilder MapWebhookEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/webhooks")
            .RequireAuthorization("TenantMember")
            .WithTags("Webhooks");

        group.MapGet("/", async (HooksDbContext db, ITenantContext tenant) =>
            await db.Subscriptions
                .Where(s => s.TenantId == tenant.Id)
                .OrderBy(s => s.CreatedAt)
                .Select(s => new SubscriptionDto(s.Id, s.TargetUrl, s.Events, s.Active))
                .ToListAsync());

        group.MapPost("/", async Task<Results<Created<SubscriptionDto>, ValidationProblem>> (
            CreateSubscriptionRequest req,
            HooksDbContext db,
            ITenantContext tenant,
            IWebhookUrlValidator urlValidator) =>
        {
            var errors = await urlValidator.ValidateAsync(req.TargetUrl);
            if (errors.Count > 0)
            {
                return TypedResults.ValidationProblem(errors);
            }

            var sub = new Subscription
            {
                TenantId = tenant.Id,
                TargetUrl = req.TargetUrl,
                Events = req.Events,
                Secret = SigningSecret.Generate(),
                Active = true,
            };
            db.Subscriptions.Add(sub);
            await db.SaveChangesAsync();

            var dto = new SubscriptionDto(sub.Id, sub.TargetUrl, sub.Events, sub.Active);
            return TypedResults.Created($"/api/webhooks/{sub.Id}", dto);
        });

        group.MapDelete("/{id:guid}", async Task<Results<NoContent, NotFound>> (
            Guid id, HooksDbContext db, ITenantContext tenant) =>
        {
            var sub = await db.Subscriptions.SingleOrDefaultAsync(s => s.Id == id && s.TenantId == tenant.Id);
            if (sub is null)
            {
                return TypedResults.NotFound();
            }
            db.Subscriptions.Remove(sub);
            await db.SaveChangesAsync();
            return TypedResults.NoContent();
        });

        return group;
    }
}

public record CreateSubscriptionRequest(string TargetUrl, string[] Events);
public record SubscriptionDto(Guid Id, string TargetUrl, string[] Events, bool Active);
