using System.Runtime.Serialization.Formatters.Binary;
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

    [HttpPost("restore")]
    [Consumes("application/octet-stream")]
    public async Task<IActionResult> Restore(Guid workspaceId, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await Request.Body.CopyToAsync(buffer, ct);
        buffer.Position = 0;
#pragma warning disable SYSLIB0011
        var snapshot = (WorkspaceSnapshot)new BinaryFormatter().Deserialize(buffer);
#pragma warning restore SYSLIB0011
        await _store.RestoreAsync(workspaceId, snapshot, ct);
        return NoContent();
    }
}
