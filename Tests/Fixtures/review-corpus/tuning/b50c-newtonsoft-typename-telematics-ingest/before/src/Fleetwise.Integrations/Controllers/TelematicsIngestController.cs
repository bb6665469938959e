using System.Text;
using Fleetwise.Integrations.Partners;
using Fleetwise.Integrations.Telemetry;
using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json;

namespace Fleetwise.Integrations.Controllers;

[ApiController]
[Route("integrations/telematics")]
public class TelematicsIngestController : ControllerBase
{
    private static readonly JsonSerializerSettings SerializerSettings = new()
    {
        MissingMemberHandling = MissingMemberHandling.Ignore,
        DateParseHandling = DateParseHandling.DateTimeOffset,
    };

    private readonly ITelemetrySink _sink;
    private readonly IPartnerKeyStore _keys;

    public TelematicsIngestController(ITelemetrySink sink, IPartnerKeyStore keys)
    {
        _sink = sink;
        _keys = keys;
    }

    [HttpPost("{partnerId}/events")]
    public async Task<IActionResult> Ingest(string partnerId, CancellationToken ct)
    {
        if (!await _keys.IsValidAsync(partnerId, Request.Headers["X-Partner-Key"], ct))
            return Unauthorized();

        using var reader = new StreamReader(Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(ct);

        var batch = JsonConvert.DeserializeObject<GpsFixBatch>(body, SerializerSettings);
        if (batch is null)
            return BadRequest();

        await _sink.WriteAsync(partnerId, batch, ct);
        return Accepted();
    }
}
