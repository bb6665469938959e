using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json;
using Workflows.Core;

namespace Workflows.Api.Controllers;

[ApiController]
[Authorize]
[Route("api/workflows")]
public class WorkflowImportController : ControllerBase
{
    private static readonly JsonSerializerSettings ImportSettings = new()
    {
        TypeNameHandling = TypeNameHandling.None,
        MissingMemberHandling = MissingMemberHandling.Error,
        MaxDepth = 32,
    };

    private readonly IWorkflowStore _store;

    public WorkflowImportController(IWorkflowStore store) => _store = store;

    [HttpPost("import")]
    [Consumes("application/json")]
    [RequestSizeLimit(1_048_576)]
    public async Task<IActionResult> Import()
    {
        using var reader = new StreamReader(Request.Body);
        var json = await reader.ReadToEndAsync();

        WorkflowDefinition? definition;
        try
        {
            definition = JsonConvert.DeserializeObject<WorkflowDefinition>(json, ImportSettings);
        }
        catch (JsonException ex)
        {
            return BadRequest(new { error = ex.Message });
        }

        if (definition is null || definition.Steps.Count == 0)
        {
            return BadRequest(new { error = "workflow has no steps" });
        }

        var id = await _store.SaveAsync(definition, User.Identity!.Name!);
        return CreatedAtAction(nameof(Import), new { id }, new { id, steps = definition.Steps.Count });
    }
}