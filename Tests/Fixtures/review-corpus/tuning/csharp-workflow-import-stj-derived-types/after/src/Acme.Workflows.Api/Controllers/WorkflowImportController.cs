using System.Text.Json;
using System.Text.Json.Serialization;
using Acme.Workflows.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Acme.Workflows.Api.Controllers;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(NotifyStep), "notify")]
[JsonDerivedType(typeof(DelayStep), "delay")]
[JsonDerivedType(typeof(ApprovalStep), "approval")]
public abstract record WorkflowStepDto(string Id);

public sealed record NotifyStep(string Id, string Channel, string Message) : WorkflowStepDto(Id);
public sealed record DelayStep(string Id, TimeSpan Duration) : WorkflowStepDto(Id);
public sealed record ApprovalStep(string Id, string[] Approvers) : WorkflowStepDto(Id);
public sealed record WorkflowImportDto(string Name, List<WorkflowStepDto> Steps);

[ApiController]
[Authorize]
[Route("api/workflows")]
public class WorkflowImportController(IWorkflowRepository workflows) : ControllerBase
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        AllowOutOfOrderMetadataProperties = true,
        MaxDepth = 16,
    };

    [HttpPost("import")]
    public async Task<IActionResult> Import(CancellationToken ct)
    {
        var dto = await JsonSerializer.DeserializeAsync<WorkflowImportDto>(Request.Body, Options, ct);
        if (dto is null || dto.Steps.Count == 0)
        {
            return BadRequest("Workflow has no steps.");
        }

        var definition = WorkflowDefinition.FromImport(dto, ownerId: User.FindFirst("sub")?.Value);
        var id = await workflows.AddAsync(definition, ct);
        return CreatedAtAction(nameof(Import), new { id }, new { id });
    }
}
