using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json;
using Workflow.Api.Services;

namespace Workflow.Api.Controllers;

[ApiController]
[Authorize]
[Route("api/workflows/import")]
public class WorkflowImportController : ControllerBase
{
    // Step settings carry typed values (TimeSpan, RetryPolicy, HttpMethod...),
    // so keep the CLR type names in the export and honour them on import.
    private static readonly JsonSerializerSettings ImportSettings = new()
    {
        TypeNameHandling = TypeNameHandling.Auto,
        MissingMemberHandling = MissingMemberHandling.Ignore,
    };

    private readonly IWorkflowStore _store;
    private readonly ILogger<WorkflowImportController> _log;

    public WorkflowImportController(IWorkflowStore store, ILogger<WorkflowImportController> log)
    {
        _store = store;
        _log = log;
    }

    [HttpPost]
    [RequestSizeLimit(2_000_000)]
    public async Task<IActionResult> Import(IFormFile file, CancellationToken ct)
    {
        using var reader = new StreamReader(file.OpenReadStream());
        var json = await reader.ReadToEndAsync(ct);

        var definition = JsonConvert.DeserializeObject<WorkflowExport>(json, ImportSettings);
        if (definition is null || definition.Steps.Count == 0)
        {
            return BadRequest("Empty workflow export.");
        }

        var id = await _store.SaveAsync(definition, User.Identity!.Name!, ct);
        _log.LogInformation("Imported workflow {Id} with {Count} steps", id, definition.Steps.Count);
        return CreatedAtAction("Get", "Workflows", new { id }, null);
    }
}

public sealed class WorkflowExport
{
    public string Name { get; set; } = "";
    public int Version { get; set; }
    public List<StepExport> Steps { get; set; } = new();
}

public sealed class StepExport
{
    public string Kind { get; set; } = "";
    public Dictionary<string, object?> Settings { get; set; } = new();
}
