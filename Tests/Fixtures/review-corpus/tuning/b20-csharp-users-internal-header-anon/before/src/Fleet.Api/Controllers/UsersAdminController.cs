using System.ComponentModel.DataAnnotations;
using Fleet.Api.Auditing;
using Fleet.Api.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Fleet.Api.Controllers;

[ApiController]
[Route("api/admin/users")]
[Authorize(Policy = Policies.TenantAdmin)]
public sealed class UsersAdminController : ControllerBase
{
    private readonly FleetDbContext _db;
    private readonly IUserLifecycle _lifecycle;
    private readonly IAuditLog _audit;
    private readonly ILogger<UsersAdminController> _logger;

    public UsersAdminController(FleetDbContext db, IUserLifecycle lifecycle, IAuditLog audit,
        ILogger<UsersAdminController> logger)
    {
        _db = db;
        _lifecycle = lifecycle;
        _audit = audit;
        _logger = logger;
    }

    public sealed record DeactivateRequest([Required] IReadOnlyList<Guid> UserIds, string? Reason);

    [HttpGet]
    public async Task<IActionResult> List([FromQuery] int page = 1, CancellationToken ct = default)
    {
        var tenantId = User.GetTenantId();
        var users = await _db.Users
            .Where(u => u.TenantId == tenantId)
            .OrderBy(u => u.Email)
            .Skip((Math.Max(page, 1) - 1) * 50)
            .Take(50)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.IsActive, u.LastLoginAt })
            .ToListAsync(ct);
        return Ok(users);
    }

    [HttpPost("deactivate")]
    public async Task<IActionResult> Deactivate([FromBody] DeactivateRequest request, CancellationToken ct)
    {
        var tenantId = User.GetTenantId();
        var targets = await _db.Users
            .Where(u => u.TenantId == tenantId && request.UserIds.Contains(u.Id))
            .ToListAsync(ct);

        foreach (var user in targets)
        {
            await _lifecycle.DeactivateAsync(user, request.Reason ?? "admin action", ct);
        }

        await _audit.RecordAsync(User.GetUserId(), "users.deactivate", new { count = targets.Count }, ct);
        _logger.LogInformation("Deactivated {Count} users in tenant {Tenant}", targets.Count, tenantId);
        return Ok(new { deactivated = targets.Count });
    }

    [HttpPost("{id:guid}/reset-mfa")]
    public async Task<IActionResult> ResetMfa(Guid id, CancellationToken ct)
    {
        var tenantId = User.GetTenantId();
        var user = await _db.Users.SingleOrDefaultAsync(u => u.Id == id && u.TenantId == tenantId, ct);
        if (user is null)
        {
            return NotFound();
        }

        await _lifecycle.ResetMfaAsync(user, ct);
        await _audit.RecordAsync(User.GetUserId(), "users.reset_mfa", new { user.Id }, ct);
        return NoContent();
    }
}
