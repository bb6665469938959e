using Acme.Workflows.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json;

namespace Acme.Workflows.Api.Controllers;

[ApiController]
[Authorize]
[Route("api/workflows")]
public class WorkflowImportController : ControllerBase
{
    private static readonly JsonSerializerSettings ImportSettings = new()
    {
        TypeNameHandling = TypeNameHandling.All,
        MissingMemberHandling = MissingMemberHandling.Ignore,
        NullValueHandling = NullValueHandling.Ignore,
    };

    private readonly IWorkflowRepository _workflows;
    private readonly ILogger<WorkflowImportController> _logger;

    public WorkflowImportController(IWorkflowRepository workflows, ILogger<WorkflowImportController> logger)
    {
        _workflows = workflows;
        _logger = logger;
    }

    [HttpPost("import")]
    public async Task<IActionResult> Import(CancellationToken ct)
    {
        using var reader = new StreamReader(Request.Body);
        var json = await reader.ReadToEndAsync(ct);

        var definition = JsonConvert.DeserializeObject<WorkflowDefinition>(json, ImportSettings);
        if (definition is null || definition.Steps.Count == 0)
        {
            return BadRequest("Workflow has no steps.");
        }

        definition.OwnerId = User.FindFirst("sub")?.Value;
        var id = await _workflows.AddAsync(definition, ct);
        _logger.LogInformation("Imported workflow {WorkflowId} with {StepCount} steps", id, definition.Steps.Count);
        return CreatedAtAction(nameof(Import), new { id }, new { id });
    }
}
