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
}
