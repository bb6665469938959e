using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Stripe;
using Stripe.BillingPortal;
using Subscriptions.Api.Billing;
using Subscriptions.Api.Identity;

namespace Subscriptions.Api.Controllers;

[ApiController]
[Authorize]
[Route("api/billing")]
public sealed class BillingController : ControllerBase
{
    private readonly StripeOptions _options;
    private readonly ISubscriptionSync _sync;
    private readonly ICurrentAccount _account;
    private readonly ILogger<BillingController> _logger;

    public BillingController(
        IOptions<StripeOptions> options,
        ISubscriptionSync sync,
        ICurrentAccount account,
        ILogger<BillingController> logger)
    {
        _options = options.Value;
        _sync = sync;
        _account = account;
        _logger = logger;
    }

    [HttpPost("portal-session")]
    public async Task<IActionResult> CreatePortalSession(CancellationToken ct)
    {
        var account = await _account.GetAsync(ct);
        if (account.StripeCustomerId is null)
        {
            return Conflict(new { error = "no_subscription" });
        }

        var session = await new SessionService().CreateAsync(new SessionCreateOptions
        {
            Customer = account.StripeCustomerId,
            ReturnUrl = $"{_options.AppBaseUrl}/settings/billing",
        }, cancellationToken: ct);

        return Ok(new { url = session.Url });
    }

    // Stripe can't send our JWT; since the controller-level [Authorize] went in, every delivery got a 401
    // and subscriptions stopped syncing. Authenticity is the Stripe-Signature check below.
    [AllowAnonymous]
    [HttpPost("webhook")]
    [RequestSizeLimit(512 * 1024)]
    public async Task<IActionResult> Webhook(CancellationToken ct)
    {
        using var reader = new StreamReader(Request.Body);
        var json = await reader.ReadToEndAsync(ct);

        Event stripeEvent;
        try
        {
            stripeEvent = EventUtility.ConstructEvent(
                json,
                Request.Headers["Stripe-Signature"],
                _options.WebhookSigningSecret,
                tolerance: 300);
        }
        catch (StripeException ex)
        {
            _logger.LogWarning("Rejected Stripe webhook: {Message}", ex.Message);
            return BadRequest();
        }

        switch (stripeEvent.Data.Object)
        {
            case Subscription subscription:
                await _sync.ApplyAsync(subscription, stripeEvent.Id, ct);
                break;
            case Invoice { Status: "paid" } invoice:
                await _sync.RecordPaymentAsync(invoice, stripeEvent.Id, ct);
                break;
            default:
                _logger.LogDebug("Ignoring Stripe event {Type}", stripeEvent.Type);
                break;
        }

        return Ok();
    }
}
