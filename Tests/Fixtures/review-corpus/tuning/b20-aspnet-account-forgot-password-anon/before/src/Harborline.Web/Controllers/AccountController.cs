using System.ComponentModel.DataAnnotations;
using Harborline.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Harborline.Web.Controllers;

[ApiController]
[Route("api/account")]
[Authorize]
public sealed class AccountController : ControllerBase
{
    private readonly SignInManager<AppUser> _signIn;
    private readonly UserManager<AppUser> _users;
    private readonly ILogger<AccountController> _logger;

    public AccountController(SignInManager<AppUser> signIn, UserManager<AppUser> users,
        ILogger<AccountController> logger)
    {
        _signIn = signIn;
        _users = users;
        _logger = logger;
    }

    public sealed record LoginRequest([Required, EmailAddress] string Email, [Required] string Password, bool RememberMe);

    public sealed record ChangePasswordRequest([Required] string CurrentPassword, [Required, MinLength(12)] string NewPassword);

    [HttpPost("login")]
    [AllowAnonymous]
    [EnableRateLimiting("auth")]
    public async Task<IActionResult> Login([FromBody] LoginRequest request)
    {
        var result = await _signIn.PasswordSignInAsync(request.Email, request.Password, request.RememberMe,
            lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return NoContent();
        }
        if (result.RequiresTwoFactor)
        {
            return Ok(new { requiresTwoFactor = true });
        }
        _logger.LogInformation("Failed login for {Email} (locked out: {LockedOut})", request.Email, result.IsLockedOut);
        return Unauthorized();
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await _signIn.SignOutAsync();
        return NoContent();
    }

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

    [HttpPost("password")]
    public async Task<IActionResult> ChangePassword([FromBody] ChangePasswordRequest request)
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
                result.Errors.GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray())));
        }
        await _signIn.RefreshSignInAsync(user);
        return NoContent();
    }
}
