using Lettering.Web.Templates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;

namespace Lettering.Web.Controllers;

[ApiController]
[Route("api/templates")]
[Authorize(Policy = "CaseWorker")]
public class TemplatesController : ControllerBase
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly ITemplateCatalog _catalog;
    private readonly ILogger<TemplatesController> _logger;
    private readonly string _assetRoot;

    public TemplatesController(ITemplateCatalog catalog, IOptions<TemplateOptions> options, ILogger<TemplatesController> logger)
    {
        _catalog = catalog;
        _logger = logger;
        _assetRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.Value.AssetDirectory));
    }

    [HttpGet]
    public async Task<ActionResult<IReadOnlyList<TemplateSummary>>> List([FromQuery] string? category, CancellationToken ct)
    {
        var items = await _catalog.ListAsync(category, ct);
        return Ok(items);
    }

    [HttpGet("{id:int}")]
    public async Task<ActionResult<TemplateDetail>> Get(int id, CancellationToken ct)
    {
        var template = await _catalog.FindAsync(id, ct);
        if (template is null)
        {
            _logger.LogInformation("template {TemplateId} not found", id);
            return NotFound();
        }
        return Ok(template);
    }

    // Letterheads and logos referenced from template HTML, e.g. assets/council/crest.png
    [HttpGet("assets/{*relativePath}")]
    public IActionResult Asset(string relativePath)
    {
        var fullPath = Path.GetFullPath(Path.Combine(_assetRoot, relativePath));
        if (!fullPath.StartsWith(_assetRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || !System.IO.File.Exists(fullPath))
        {
            _logger.LogInformation("template asset {Path} not found", relativePath);
            return NotFound();
        }

        if (!ContentTypes.TryGetContentType(fullPath, out var contentType))
        {
            contentType = "application/octet-stream";
        }
        return PhysicalFile(fullPath, contentType);
    }
}
