using System.Text;
using Flowdesk.Workflows;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json;

namespace Flowdesk.Web.Controllers;

[ApiController]
[Authorize(Roles = "WorkflowEditor")]
[Route("api/workflows")]
public class WorkflowTransferController : ControllerBase
{
    private const long MaxImportBytes = 2 * 1024 * 1024;

    // Embed CLR type names so new step types round-trip without touching a hand-written converter.
    private static readonly JsonSerializerSettings TransferSettings = new()
    {
        Formatting = Formatting.Indented,
        NullValueHandling = NullValueHandling.Ignore,
        TypeNameHandling = TypeNameHandling.All,
        TypeNameAssemblyFormatHandling = TypeNameAssemblyFormatHandling.Simple,
    };

    private readonly IWorkflowRepository _workflows;

    public WorkflowTransferController(IWorkflowRepository workflows)
    {
        _workflows = workflows;
    }

    [HttpGet("{id:guid}/export")]
    public async Task<IActionResult> Export(Guid id, CancellationToken ct)
    {
        var workflow = await _workflows.GetAsync(id, ct);
        if (workflow is null)
        {
            return NotFound();
        }

        var json = JsonConvert.SerializeObject(WorkflowExport.From(workflow), TransferSettings);
        return File(Encoding.UTF8.GetBytes(json), "application/json", $"{workflow.Slug}.workflow.json");
    }

    [HttpPost("import")]
    [RequestSizeLimit(MaxImportBytes)]
    public async Task<IActionResult> Import(IFormFile file, CancellationToken ct)
    {
        if (file.Length == 0)
        {
            return BadRequest("empty file");
        }

        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
        var json = await reader.ReadToEndAsync(ct);

        WorkflowExport? export;
        try
        {
            export = JsonConvert.DeserializeObject<WorkflowExport>(json, TransferSettings);
        }
        catch (JsonException ex)
        {
            return BadRequest($"invalid workflow file: {ex.Message}");
        }

        if (export is null || export.Steps.Count == 0)
        {
            return BadRequest("workflow has no steps");
        }

        var created = await _workflows.CreateAsync(export.ToWorkflow(User.Identity!.Name!), ct);
        return CreatedAtAction(nameof(Export), new { id = created.Id }, new { created.Id, created.Slug });
    }
}
