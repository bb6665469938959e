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
        TypeNameHandling = TypeNameHandling.All,
        MissingMemberHandling = MissingMemberHandling.Ignore,
        NullValueHandling = NullValueHandling.Ignore,
    };

    private readonly IWorkflowStore _store;

    public WorkflowImportController(IWorkflowStore store) => _store = store;

    [HttpPost("import")]
    [Consumes("application/json")]
    public async Task<IActionResult> Import()
    {
        using var reader = new StreamReader(Request.Body);
        var json = await reader.ReadToEndAsync();

        var definition = JsonConvert.DeserializeObject<WorkflowDefinition>(json, ImportSettings);
        if (definition is null || definition.Steps.Count == 0)
        {
            return BadRequest(new { error = "workflow has no steps" });
        }

        var id = await _store.SaveAsync(definition, User.Identity!.Name!);
        return CreatedAtAction(nameof(Import), new { id }, new { id, steps = definition.Steps.Count });
    }
}