using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using Portal.Web.Infrastructure;
using Portal.Web.Options;
using Portal.Web.Services;

namespace Portal.Web.Controllers;

[Authorize]
[ApiController]
[Route("api/exports")]
public class ExportsController : ControllerBase
{
    private readonly string _exportRoot;
    private readonly IExportQueue _queue;
    private readonly FileExtensionContentTypeProvider _contentTypes = new();
    private readonly ILogger<ExportsController> _logger;

    public ExportsController(IOptions<ExportOptions> options, IExportQueue queue, ILogger<ExportsController> logger)
    {
        _exportRoot = Path.GetFullPath(options.Value.RootDirectory);
        _queue = queue;
        _logger = logger;
    }

    [HttpPost]
    public async Task<IActionResult> Create([FromBody] ExportRequest request, CancellationToken ct)
    {
        var job = await _queue.EnqueueAsync(User.GetTenantId(), request, ct);
        return AcceptedAtAction(nameof(Status), new { id = job.Id }, job);
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Status(Guid id, CancellationToken ct)
    {
        var job = await _queue.FindAsync(User.GetTenantId(), id, ct);
        return job is null ? NotFound() : Ok(job);
    }

    [HttpGet("files/{name}")]
    public IActionResult Download(string name)
    {
        var tenantDir = Path.Combine(_exportRoot, User.GetTenantId().ToString("N"));
        var safeName = Path.GetFileName(name);
        var fullPath = Path.Combine(tenantDir, safeName);

        if (!System.IO.File.Exists(fullPath))
        {
            return NotFound();
        }

        if (!_contentTypes.TryGetContentType(fullPath, out var contentType))
        {
            contentType = "application/octet-stream";
        }

        _logger.LogInformation("Tenant {Tenant} downloading export {File}", User.GetTenantId(), safeName);
        return PhysicalFile(fullPath, contentType, safeName);
    }
}
