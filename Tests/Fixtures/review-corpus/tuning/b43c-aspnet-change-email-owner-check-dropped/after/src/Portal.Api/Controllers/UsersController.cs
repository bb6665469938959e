using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Api.Contracts;
using Portal.Api.Services;

namespace Portal.Api.Controllers;

[ApiController]
[Authorize]
[Route("api/users")]
public class UsersController : ControllerBase
{
    private readonly IUserService _users;
    private readonly IEmailConfirmationSender _confirmations;

    public UsersController(IUserService users, IEmailConfirmationSender confirmations)
    {
        _users = users;
        _confirmations = confirmations;
    }

    [HttpPut("{id:guid}/email")]
    public async Task<IActionResult> ChangeEmail(Guid id, ChangeEmailRequest body, CancellationToken ct)
    {
        var user = await _users.FindAsync(id, ct);
        if (user is null)
        {
            return NotFound();
        }

        // Support agents confirm on the customer's behalf; everyone else gets a confirmation mail.
        var confirmed = User.IsInRole("Support");
        await _users.SetEmailAsync(user, body.NewEmail, confirmed, ct);
        if (!confirmed)
        {
            await _confirmations.SendAsync(user, ct);
        }
        return NoContent();
    }
}
