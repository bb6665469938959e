using System.Text.Json;
using Insights.Web.Data;
using Insights.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Insights.Web.Controllers;

[ApiController]
[Authorize]
[Route("api/dashboards")]
public class DashboardImportController : ControllerBase
{
    private const long MaxImportBytes = 512 * 1024;

    private static readonly JsonSerializerOptions ImportOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        MaxDepth = 32,
    };

    private readonly InsightsDbContext _db;
    private readonly ILogger<DashboardImportController> _logger;

    public DashboardImportController(InsightsDbContext db, ILogger<DashboardImportController> logger)
    {
        _db = db;
        _logger = logger;
    }

    [HttpPost("import")]
    [RequestSizeLimit(MaxImportBytes)]
    public async Task<IActionResult> Import(IFormFile file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return BadRequest("Upload a dashboard export (.json).");
        }

        DashboardLayout? layout;
        await using (var stream = file.OpenReadStream())
        {
            try
            {
                layout = await JsonSerializer.DeserializeAsync<DashboardLayout>(stream, ImportOptions, ct);
            }
            catch (JsonException ex)
            {
                _logger.LogInformation(ex, "Rejected dashboard import from {User}", User.Identity?.Name);
                return BadRequest("The file is not a valid dashboard export.");
            }
        }

        if (layout is null || string.IsNullOrWhiteSpace(layout.Title))
        {
            return BadRequest("The export has no title.");
        }

        var entity = new Dashboard
        {
            OwnerId = User.FindFirst("sub")!.Value,
            Title = layout.Title.Trim(),
            LayoutJson = JsonSerializer.Serialize(layout, ImportOptions),
            CreatedAt = DateTimeOffset.UtcNow,
        };
        _db.Dashboards.Add(entity);
        await _db.SaveChangesAsync(ct);

        return CreatedAtAction(nameof(Get), new { id = entity.Id }, new { entity.Id, entity.Title });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Get(int id, CancellationToken ct)
    {
        var ownerId = User.FindFirst("sub")!.Value;
        var dashboard = await _db.Dashboards.AsNoTracking()
            .FirstOrDefaultAsync(d => d.Id == id && d.OwnerId == ownerId, ct);
        return dashboard is null ? NotFound() : Ok(dashboard);
    }
}