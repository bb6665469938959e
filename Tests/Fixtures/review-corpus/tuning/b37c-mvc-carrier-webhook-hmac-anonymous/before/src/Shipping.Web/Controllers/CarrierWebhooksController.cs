using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Shipping.Web.Options;
using Shipping.Web.Tracking;

namespace Shipping.Web.Controllers;

[ApiController]
[Route("webhooks/carrier")]
[Authorize(AuthenticationSchemes = "PartnerApiKey")]
public class CarrierWebhooksController : ControllerBase
{
    private static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    private readonly ITrackingUpdateHandler _tracking;
    private readonly CarrierWebhookOptions _options;
    private readonly ILogger<CarrierWebhooksController> _logger;

    public CarrierWebhooksController(
        ITrackingUpdateHandler tracking,
        IOptions<CarrierWebhookOptions> options,
        ILogger<CarrierWebhooksController> logger)
    {
        _tracking = tracking;
        _options = options.Value;
        _logger = logger;
    }

    [HttpPost("tracking")]
    public async Task<IActionResult> TrackingUpdate([FromBody] TrackingEvent evt, CancellationToken ct)
    {
        await _tracking.HandleAsync(evt, ct);
        return Accepted();
    }

    [HttpPost("status")]
    [AllowAnonymous]
    public async Task<IActionResult> StatusCallback(CancellationToken ct)
    {
        var body = await ReadRawBodyAsync(ct);
        if (!IsSignatureValid(body))
        {
            return Unauthorized();
        }

        var status = JsonSerializer.Deserialize<CarrierStatus>(body, JsonSerializerOptions.Web);
        _logger.LogInformation("Carrier status {Status}", status?.State);
        return Ok();
    }

    private async Task<string> ReadRawBodyAsync(CancellationToken ct)
    {
        using var reader = new StreamReader(Request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(ct);
    }

    private bool IsSignatureValid(string body)
    {
        var timestampHeader = Request.Headers["X-Carrier-Timestamp"].ToString();
        var signatureHeader = Request.Headers["X-Carrier-Signature"].ToString();
        if (!long.TryParse(timestampHeader, out var unixSeconds) || string.IsNullOrEmpty(signatureHeader))
        {
            return false;
        }

        var sentAt = DateTimeOffset.FromUnixTimeSeconds(unixSeconds);
        if ((DateTimeOffset.UtcNow - sentAt).Duration() > MaxClockSkew)
        {
            _logger.LogWarning("Carrier webhook outside replay window: {SentAt}", sentAt);
            return false;
        }

        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_options.SigningSecret));
        var expected = hmac.ComputeHash(Encoding.UTF8.GetBytes($"{timestampHeader}.{body}"));

        byte[] provided;
        try
        {
            provided = Convert.FromHexString(signatureHeader);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(expected, provided);
    }
}
