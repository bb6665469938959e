using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Data;
using Warehouse.Web.Security;

namespace Warehouse.Web.Controllers;

[Authorize]
[Route("reports")]
public class ReportsController : Controller
{
    private readonly WarehouseDbContext _db;
    private readonly ReportStorageOptions _storage;

    public ReportsController(WarehouseDbContext db, IOptions<ReportStorageOptions> storage)
    {
        _db = db;
        _storage = storage.Value;
    }

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var tenantId = User.GetTenantId();
        var reports = await _db.GeneratedReports
            .Where(r => r.TenantId == tenantId)
            .OrderByDescending(r => r.CreatedAt)
            .Take(100)
            .ToListAsync();
        return View(reports);
    }

    // The nightly job writes <RootPath>/<tenant>/<yyyy>/<name>.csv; links in the list view use
    // the path relative to the tenant folder, e.g. /reports/files/2024/stock-levels.csv.
    [HttpGet("files/{**relativePath}")]
    public IActionResult Download(string relativePath)
    {
        var tenantRoot = Path.GetFullPath(Path.Combine(_storage.RootPath, User.GetTenantId().ToString("N")));
        var fullPath = Path.GetFullPath(Path.Combine(tenantRoot, relativePath));

        // Path.Combine happily accepts "../" and absolute paths; only serve what still
        // resolves inside this tenant's folder.
        if (!fullPath.StartsWith(tenantRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || !System.IO.File.Exists(fullPath))
        {
            return NotFound();
        }

        return PhysicalFile(fullPath, "text/csv", Path.GetFileName(fullPath));
    }
}
