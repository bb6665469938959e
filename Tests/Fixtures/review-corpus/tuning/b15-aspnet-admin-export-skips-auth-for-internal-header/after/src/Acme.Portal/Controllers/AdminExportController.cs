using Acme.Portal.Data;
using Acme.Portal.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Acme.Portal.Controllers;

[ApiController]
[Route("api/admin/export")]
public class AdminExportController : ControllerBase
{
    private readonly PortalDbContext _db;
    private readonly CsvExporter _csv;

    public AdminExportController(PortalDbContext db, CsvExporter csv)
    {
        _db = db;
        _csv = csv;
    }

    // Used to tag log lines for calls coming from the batch scheduler.
    private bool IsInternalCaller() =>
        Request.Headers.TryGetValue("X-Internal-Caller", out var v) && v == "scheduler";

    [HttpGet("users")]
    [AllowAnonymous]
    public async Task<IActionResult> ExportUsers(CancellationToken ct)
    {
        if (!IsInternalCaller() && !User.IsInRole("Admin"))
        {
            return Forbid();
        }
        var users = await _db.Users.AsNoTracking()
            .OrderBy(u => u.Id)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.CreatedAt })
            .ToListAsync(ct);
        var bytes = _csv.Write(users);
        Response.Headers["X-Export-Source"] = IsInternalCaller() ? "scheduler" : "ui";
        return File(bytes, "text/csv", "users.csv");
    }

    [HttpGet("audit")]
    [Authorize(Roles = "Admin")]
    public async Task<IActionResult> ExportAudit(CancellationToken ct)
    {
        var rows = await _db.AuditEntries.AsNoTracking().OrderByDescending(a => a.At).Take(5000).ToListAsync(ct);
        return File(_csv.Write(rows), "text/csv", "audit.csv");
    }
}