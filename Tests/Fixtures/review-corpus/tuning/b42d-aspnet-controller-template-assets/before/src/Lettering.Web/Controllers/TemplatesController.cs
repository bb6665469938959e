using Lettering.Web.Templates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lettering.Web.Controllers;

[ApiController]
[Route("api/templates")]
[Authorize(Policy = "CaseWorker")]
public class TemplatesController : ControllerBase
{
    private readonly ITemplateCatalog _catalog;
    private readonly ILogger<TemplatesController> _logger;

    public TemplatesController(ITemplateCatalog catalog, ILogger<TemplatesController> logger)
    {
        _catalog = catalog;
        _logger = logger;
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
}
