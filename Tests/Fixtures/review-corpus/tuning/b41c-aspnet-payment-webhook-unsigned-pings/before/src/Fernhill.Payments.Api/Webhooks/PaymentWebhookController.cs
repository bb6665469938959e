using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Fernhill.Payments.Api.Webhooks;

[ApiController]
[Route("webhooks/payments")]
public sealed class PaymentWebhookController : ControllerBase
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly IPaymentEventHandler _handler;
    private readonly WebhookOptions _options;
    private readonly ILogger<PaymentWebhookController> _logger;

    public PaymentWebhookController(
        IPaymentEventHandler handler,
        IOptions<WebhookOptions> options,
        ILogger<PaymentWebhookController> logger)
    {
        _handler = handler;
        _options = options.Value;
        _logger = logger;
    }

    [HttpPost]
    public async Task<IActionResult> Receive(CancellationToken ct)
    {
        using var reader = new StreamReader(Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(ct);

        if (!Request.Headers.TryGetValue("X-Fernpay-Signature", out var header) || !IsValid(body, header.ToString()))
        {
            _logger.LogWarning("Rejected payment webhook with missing or bad signature");
            return Unauthorized();
        }

        var evt = JsonSerializer.Deserialize<PaymentEvent>(body, JsonOptions);
        if (evt is null) return BadRequest();

        await _handler.HandleAsync(evt, ct);
        return Ok();
    }

    private bool IsValid(string body, string header)
    {
        var key = Encoding.UTF8.GetBytes(_options.SigningSecret);
        var expected = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(body));
        byte[] given;
        try { given = Convert.FromHexString(header); }
        catch (FormatException) { return false; }
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
