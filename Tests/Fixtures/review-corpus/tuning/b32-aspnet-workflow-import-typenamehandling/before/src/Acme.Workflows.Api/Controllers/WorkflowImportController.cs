using System.Text;
using Acme.Workflows.Api.Security;
using Acme.Workflows.Core;
using Acme.Workflows.Core.Model;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json;

namespace Acme.Workflows.Api.Controllers;

[ApiController]
[Authorize(Policy = "WorkflowEditor")]
[Route("api/workflows")]
public class WorkflowImportController : ControllerBase
{
    private static readonly JsonSerializerSettings ImportSettings = new()
    {
        MissingMemberHandling = MissingMemberHandling.Ignore,
        NullValueHandling = NullValueHandling.Ignore,
        MaxDepth = 32,
    };

    private readonly IWorkflowRepository _workflows;
    private readonly ILogger<WorkflowImportController> _logger;

    public WorkflowImportController(IWorkflowRepository workflows, ILogger<WorkflowImportController> logger)
    {
        _workflows = workflows;
        _logger = logger;
    }

    [HttpPost("import")]
    [RequestSizeLimit(2 * 1024 * 1024)]
    [Consumes("application/json")]
    public async Task<IActionResult> Import(CancellationToken ct)
    {
        using var reader = new StreamReader(Request.Body, Encoding.UTF8);
        var json = await reader.ReadToEndAsync(ct);

        WorkflowDefinition? definition;
        try
        {
            definition = JsonConvert.DeserializeObject<WorkflowDefinition>(json, ImportSettings);
        }
        catch (JsonException ex)
        {
            _logger.LogInformation(ex, "Rejected workflow import for tenant {Tenant}", User.GetTenantId());
            return BadRequest(new { error = "invalid workflow document" });
        }

        if (definition is null || string.IsNullOrWhiteSpace(definition.Name) || definition.Steps.Count == 0)
        {
            return BadRequest(new { error = "workflow needs a name and at least one step" });
        }

        definition.Id = Guid.NewGuid();
        definition.ImportedBy = User.GetUserId();
        var id = await _workflows.SaveAsync(User.GetTenantId(), definition, ct);
        return CreatedAtAction(nameof(Export), new { id }, new { id });
    }

    [HttpGet("{id:guid}/export")]
    public async Task<IActionResult> Export(Guid id, CancellationToken ct)
    {
        var definition = await _workflows.FindAsync(User.GetTenantId(), id, ct);
        if (definition is null)
        {
            return NotFound();
        }

        var json = JsonConvert.SerializeObject(definition, Formatting.Indented, ImportSettings);
        var fileName = $"workflow-{definition.Id:N}.json";
        return File(Encoding.UTF8.GetBytes(json), "application/json", fileName);
    }
}
