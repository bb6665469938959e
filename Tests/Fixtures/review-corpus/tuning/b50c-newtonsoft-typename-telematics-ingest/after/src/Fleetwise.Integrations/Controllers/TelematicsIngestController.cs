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
    // Partners now post several batch kinds to the same endpoint and tag them with
    // "$type" (GpsFixBatch, DoorEventBatch, FuelLevelBatch), so let the serializer
    // pick the concrete type for us.
    private static readonly JsonSerializerSettings SerializerSettings = new()
    {
        MissingMemberHandling = MissingMemberHandling.Ignore,
        DateParseHandling = DateParseHandling.DateTimeOffset,
        TypeNameHandling = TypeNameHandling.Objects,
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

        var payload = JsonConvert.DeserializeObject(body, SerializerSettings);
        switch (payload)
        {
            case GpsFixBatch gps:
                await _sink.WriteAsync(partnerId, gps, ct);
                break;
            case DoorEventBatch doors:
                await _sink.WriteAsync(partnerId, doors, ct);
                break;
            case FuelLevelBatch fuel:
                await _sink.WriteAsync(partnerId, fuel, ct);
                break;
            default:
                return BadRequest();
        }

        return Accepted();
    }
}
