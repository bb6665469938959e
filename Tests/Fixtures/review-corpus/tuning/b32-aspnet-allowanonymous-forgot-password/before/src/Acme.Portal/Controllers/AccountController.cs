using System.ComponentModel.DataAnnotations;
using Acme.Portal.Identity;
using Acme.Portal.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Acme.Portal.Controllers;

[ApiController]
[Authorize]
[Route("api/account")]
public class AccountController : ControllerBase
{
    private readonly UserManager<PortalUser> _users;
    private readonly SignInManager<PortalUser> _signIn;
    private readonly IEmailSender _email;
    private readonly PortalOptions _options;
    private readonly ILogger<AccountController> _logger;

    public AccountController(
        UserManager<PortalUser> users,
        SignInManager<PortalUser> signIn,
        IEmailSender email,
        IOptions<PortalOptions> options,
        ILogger<AccountController> logger)
    {
        _users = users;
        _signIn = signIn;
        _email = email;
        _options = options.Value;
        _logger = logger;
    }

    public sealed record ChangePasswordRequest([Required] string CurrentPassword, [Required, MinLength(12)] string NewPassword);

    [HttpGet("me")]
    public async Task<IActionResult> Me()
    {
        var user = await _users.GetUserAsync(User);
        if (user is null)
        {
            return Unauthorized();
        }
        return Ok(new { user.Id, user.Email, user.DisplayName, user.TwoFactorEnabled });
    }

    [HttpPost("change-password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordRequest request)
    {
        var user = await _users.GetUserAsync(User);
        if (user is null)
        {
            return Unauthorized();
        }

        var result = await _users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
        if (!result.Succeeded)
        {
            return ValidationProblem(new ValidationProblemDetails(
                result.Errors.ToDictionary(e => e.Code, e => new[] { e.Description })));
        }

        await _signIn.RefreshSignInAsync(user);
        _logger.LogInformation("User {UserId} changed their password", user.Id);
        return NoContent();
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await _signIn.SignOutAsync();
        return NoContent();
    }
}
