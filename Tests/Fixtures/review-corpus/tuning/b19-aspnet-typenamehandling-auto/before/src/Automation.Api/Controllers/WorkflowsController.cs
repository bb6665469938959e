using System.Text;
using Automation.Api.Models;
using Automation.Api.Serialization;
using Automation.Api.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Automation.Api.Controllers;

[ApiController]
[Authorize(Policy = "WorkflowEditor")]
[Route("api/workflows")]
public class WorkflowsController : ControllerBase
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        NullValueHandling = NullValueHandling.Ignore,
        MaxDepth = 32,
        Converters = { new WorkflowStepConverter() },
    };

    private readonly IWorkflowRepository _repository;
    private readonly ILogger<WorkflowsController> _logger;

    public WorkflowsController(IWorkflowRepository repository, ILogger<WorkflowsController> logger)
    {
        _repository = repository;
        _logger = logger;
    }

    [HttpGet("{id:guid}/export")]
    public async Task<IActionResult> Export(Guid id, CancellationToken ct)
    {
        var workflow = await _repository.GetAsync(id, ct);
        if (workflow is null)
        {
            return NotFound();
        }

        var json = JsonConvert.SerializeObject(workflow, Formatting.Indented, Settings);
        return File(Encoding.UTF8.GetBytes(json), "application/json", $"{workflow.Slug}.workflow.json");
    }

    [HttpPost("import")]
    [RequestSizeLimit(1_000_000)]
    public async Task<IActionResult> Import(CancellationToken ct)
    {
        using var reader = new StreamReader(Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(ct);

        WorkflowDefinition? definition;
        try
        {
            definition = JsonConvert.DeserializeObject<WorkflowDefinition>(body, Settings);
        }
        catch (JsonException ex)
        {
            _logger.LogInformation(ex, "rejected workflow import");
            return BadRequest(new { error = "invalid workflow document" });
        }

        if (definition is null || definition.Steps.Count == 0)
        {
            return BadRequest(new { error = "workflow has no steps" });
        }

        definition.Id = Guid.NewGuid();
        definition.OwnerId = User.FindFirst("sub")?.Value ?? throw new InvalidOperationException("no subject");
        await _repository.SaveAsync(definition, ct);

        return CreatedAtAction(nameof(Export), new { id = definition.Id }, new { definition.Id });
    }
}