using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Harbor.Portal.Controllers;

[Authorize]
public class AccountController : Controller
{
    private readonly ISignInService _signIn;

    public AccountController(ISignInService signIn) => _signIn = signIn;

    [HttpGet]
    [AllowAnonymous]
    public IActionResult Login(string? returnUrl) => View(new LoginModel { ReturnUrl = returnUrl });

    [HttpPost]
    [AllowAnonymous]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Login(LoginModel model)
    {
        if (!ModelState.IsValid) return View(model);
        return await _signIn.PasswordSignInAsync(model) ? LocalRedirect(model.ReturnUrl ?? "/") : View(model);
    }

    public IActionResult Profile() => View();
}