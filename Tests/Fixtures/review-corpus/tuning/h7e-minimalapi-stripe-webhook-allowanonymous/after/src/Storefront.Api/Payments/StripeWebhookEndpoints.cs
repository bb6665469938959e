using Microsoft.Extensions.Options;
using Storefront.Api.Orders;
using Stripe;

namespace Storefront.Api.Payments;

public static class StripeWebhookEndpoints
{
    public static IEndpointRouteBuilder MapStripeWebhooks(this IEndpointRouteBuilder app)
    {
        app.MapPost("/webhooks/stripe", HandleAsync)
            .AllowAnonymous()          // Stripe can't present our JWT; the signature below is the auth.
            .DisableAntiforgery()
            .ExcludeFromDescription()
            .WithRequestTimeout(TimeSpan.FromSeconds(10));

        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest request,
        IOptions<StripeOptions> options,
        IOrderPaymentService payments,
        ILoggerFactory loggerFactory,
        CancellationToken ct)
    {
        var logger = loggerFactory.CreateLogger("Storefront.StripeWebhook");

        string json;
        using (var reader = new StreamReader(request.Body))
        {
            json = await reader.ReadToEndAsync(ct);
        }

        Event stripeEvent;
        try
        {
            stripeEvent = EventUtility.ConstructEvent(
                json,
                request.Headers["Stripe-Signature"],
                options.Value.WebhookSigningSecret,
                tolerance: 300,
                throwOnApiVersionMismatch: false);
        }
        catch (StripeException ex)
        {
            logger.LogWarning(ex, "Rejected Stripe webhook with invalid signature");
            return Results.BadRequest();
        }

        switch (stripeEvent.Data.Object)
        {
            case PaymentIntent intent when stripeEvent.Type == EventTypes.PaymentIntentSucceeded:
                await payments.MarkPaidAsync(intent.Id, intent.AmountReceived, intent.Currency, stripeEvent.Id, ct);
                break;

            case PaymentIntent intent when stripeEvent.Type == EventTypes.PaymentIntentPaymentFailed:
                await payments.MarkFailedAsync(intent.Id, intent.LastPaymentError?.Code, stripeEvent.Id, ct);
                break;

            case Charge charge when stripeEvent.Type == EventTypes.ChargeRefunded:
                await payments.RecordRefundAsync(charge.PaymentIntentId, charge.AmountRefunded, stripeEvent.Id, ct);
                break;

            default:
                logger.LogDebug("Ignoring Stripe event {Type}", stripeEvent.Type);
                break;
        }

        return Results.Ok();
    }
}
