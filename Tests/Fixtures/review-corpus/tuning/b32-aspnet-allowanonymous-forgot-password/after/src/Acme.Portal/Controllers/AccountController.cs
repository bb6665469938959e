using System.ComponentModel.DataAnnotations;
using Acme.Portal.Identity;
using Acme.Portal.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
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

    public sealed record ForgotPasswordRequest([Required, EmailAddress] string Email);

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

    // Has to be reachable while signed out. It never reveals whether the address
    // exists and only sends a single-use Identity reset token to the account's
    // own confirmed email; the link's host comes from configuration, not the request.
    [AllowAnonymous]
    [EnableRateLimiting("password-reset")]
    [HttpPost("forgot-password")]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordRequest request)
    {
        var user = await _users.FindByEmailAsync(request.Email);
        if (user is not null && await _users.IsEmailConfirmedAsync(user))
        {
            var token = await _users.GeneratePasswordResetTokenAsync(user);
            var link = QueryHelpers.AddQueryString(
                new Uri(_options.PublicBaseUrl, "/reset-password").ToString(),
                new Dictionary<string, string?> { ["uid"] = user.Id, ["token"] = token });
            await _email.SendPasswordResetAsync(user.Email!, link);
            _logger.LogInformation("Password reset requested for user {UserId}", user.Id);
        }

        return Accepted();
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await _signIn.SignOutAsync();
        return NoContent();
    }
}
