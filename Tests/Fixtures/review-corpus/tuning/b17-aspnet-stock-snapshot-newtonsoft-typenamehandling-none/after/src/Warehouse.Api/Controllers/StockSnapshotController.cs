using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using Warehouse.Api.Domain;
using Warehouse.Api.Services;

namespace Warehouse.Api.Controllers;

/// <summary>
/// Receives stock-level snapshots exported by the legacy WMS. The legacy
/// exporter writes Newtonsoft-flavoured JSON (comments, trailing commas,
/// "$type" hints we do not want), so this endpoint reads the body itself.
/// </summary>
[ApiController]
[Route("api/stock-snapshots")]
[Authorize(Policy = "wms-integration")]
public sealed class StockSnapshotController : ControllerBase
{
    private const int MaxBodyBytes = 4 * 1024 * 1024;

    // Type hints in the payload are ignored: we always bind to the concrete
    // DTOs below, never to object/interface members.
    private static readonly JsonSerializerSettings SnapshotSettings = new()
    {
        TypeNameHandling = TypeNameHandling.None,
        MetadataPropertyHandling = MetadataPropertyHandling.Ignore,
        MaxDepth = 16,
        DateParseHandling = DateParseHandling.DateTimeOffset,
        MissingMemberHandling = MissingMemberHandling.Ignore,
        ContractResolver = new DefaultContractResolver { NamingStrategy = new SnakeCaseNamingStrategy() },
    };

    private readonly IStockService _stock;
    private readonly ILogger<StockSnapshotController> _logger;

    public StockSnapshotController(IStockService stock, ILogger<StockSnapshotController> logger)
    {
        _stock = stock;
        _logger = logger;
    }

    public sealed class SnapshotDto
    {
        public string WarehouseCode { get; set; } = "";
        public DateTimeOffset TakenAt { get; set; }
        public List<StockLineDto> Lines { get; set; } = new();
    }

    public sealed class StockLineDto
    {
        public string Sku { get; set; } = "";
        public string Bin { get; set; } = "";
        public int OnHand { get; set; }
        public int Reserved { get; set; }
    }

    [HttpPost]
    [RequestSizeLimit(MaxBodyBytes)]
    public async Task<IActionResult> Post(CancellationToken ct)
    {
        using var reader = new StreamReader(Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(ct);

        SnapshotDto? snapshot;
        try
        {
            snapshot = JsonConvert.DeserializeObject<SnapshotDto>(body, SnapshotSettings);
        }
        catch (JsonException ex)
        {
            _logger.LogWarning(ex, "Rejected malformed stock snapshot");
            return BadRequest(new { error = "malformed snapshot" });
        }

        if (snapshot is null || string.IsNullOrWhiteSpace(snapshot.WarehouseCode) || snapshot.Lines.Count == 0)
        {
            return BadRequest(new { error = "empty snapshot" });
        }

        var lines = snapshot.Lines
            .Where(l => !string.IsNullOrWhiteSpace(l.Sku))
            .Select(l => new StockLevel(l.Sku.Trim(), l.Bin.Trim(), Math.Max(0, l.OnHand), Math.Max(0, l.Reserved)))
            .ToList();

        var applied = await _stock.ApplySnapshotAsync(snapshot.WarehouseCode, snapshot.TakenAt, lines, ct);
        return Accepted(new { applied, skipped = snapshot.Lines.Count - applied });
    }
}