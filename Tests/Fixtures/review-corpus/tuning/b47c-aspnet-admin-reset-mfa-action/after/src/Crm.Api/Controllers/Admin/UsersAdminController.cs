using Crm.Api.Contracts.Admin;
using Crm.Application.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Api.Controllers.Admin;

[ApiController]
[Route("api/admin/users")]
[Authorize(Policy = Policies.OrgAdmin)]
public class UsersAdminController : ControllerBase
{
    private readonly IUserAdminService _users;

    public UsersAdminController(IUserAdminService users)
    {
        _users = users;
    }

    [HttpGet]
    public async Task<ActionResult<PagedResult<AdminUserDto>>> List(
        [FromQuery] int page = 1, [FromQuery] int pageSize = 50, CancellationToken ct = default)
    {
        pageSize = Math.Clamp(pageSize, 1, 200);
        return Ok(await _users.ListAsync(User.GetOrgId(), page, pageSize, ct));
    }

    [HttpPost("{userId:guid}/disable")]
    public async Task<IActionResult> Disable(Guid userId, CancellationToken ct)
    {
        await _users.DisableAsync(User.GetOrgId(), userId, User.GetUserId(), ct);
        return NoContent();
    }

    [HttpPost("{userId:guid}/reset-mfa")]
    public async Task<IActionResult> ResetMfa(Guid userId, CancellationToken ct)
    {
        await _users.ResetMfaAsync(User.GetOrgId(), userId, User.GetUserId(), ct);
        return NoContent();
    }
}
