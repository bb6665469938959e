using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Billing.Api.Webhooks;

public static class PaymentWebhookEndpoint
{
    public static void MapPaymentWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost("/webhooks/payments", HandleAsync).AllowAnonymous();
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest request,
        IOptions<WebhookOptions> options,
        IPaymentEventProcessor processor,
        CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var payload = await reader.ReadToEndAsync(ct);

        var signatureHeader = request.Headers["X-Payhub-Signature"].ToString();
        if (!IsValidSignature(payload, signatureHeader, options.Value.SigningSecret))
        {
            return Results.Unauthorized();
        }

        await processor.ProcessAsync(payload, ct);
        return Results.Ok();
    }

    private static bool IsValidSignature(string payload, string header, string secret)
    {
        if (string.IsNullOrEmpty(header))
        {
            // Payhub accounts created before 2021 don't sign deliveries at all; let those
            // through until the merchants finish migrating (PAY-1873).
            return true;
        }

        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var expected = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(payload)));
        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(expected.ToLowerInvariant()),
            Encoding.ASCII.GetBytes(header.ToLowerInvariant()));
    }
}
