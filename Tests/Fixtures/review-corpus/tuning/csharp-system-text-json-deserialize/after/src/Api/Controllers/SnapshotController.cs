using System.Text.Json;
using Acme.Workspaces.Models;
using Acme.Workspaces.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Acme.Workspaces.Api.Controllers;

[ApiController]
[Authorize]
[Route("api/workspaces/{workspaceId:guid}/snapshots")]
public class SnapshotController : ControllerBase
{
    private readonly ISnapshotStore _store;

    public SnapshotController(ISnapshotStore store)
    {
        _store = store;
    }

    [HttpGet]
    public async Task<IActionResult> List(Guid workspaceId, CancellationToken ct)
    {
        var items = await _store.ListAsync(workspaceId, ct);
        return Ok(items);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    [HttpPost("restore")]
    [Consumes("application/json")]
    public async Task<IActionResult> Restore(Guid workspaceId, CancellationToken ct)
    {
        var snapshot = await JsonSerializer.DeserializeAsync<WorkspaceSnapshot>(Request.Body, JsonOptions, ct);
        if (snapshot is null)
        {
            return BadRequest();
        }
        await _store.RestoreAsync(workspaceId, snapshot, ct);
        return NoContent();
    }
}
