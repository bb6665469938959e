using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Ops.Api.Maintenance;

namespace Ops.Api.Controllers;

[ApiController]
[Route("api/system")]
[Authorize(Roles = "PlatformAdmin")]
public class SystemController : ControllerBase
{
    private readonly IMaintenanceState _maintenance;
    private readonly ILogger<SystemController> _log;

    public SystemController(IMaintenanceState maintenance, ILogger<SystemController> log)
    {
        _maintenance = maintenance;
        _log = log;
    }

    [HttpPut("maintenance")]
    public async Task<IActionResult> SetMaintenance(SetMaintenanceRequest body, CancellationToken ct)
    {
        await _maintenance.SetAsync(body.Enabled, body.Message, ct);
        _log.LogWarning("Maintenance mode set to {Enabled} by {User}", body.Enabled, User.Identity?.Name);
        return NoContent();
    }
}
