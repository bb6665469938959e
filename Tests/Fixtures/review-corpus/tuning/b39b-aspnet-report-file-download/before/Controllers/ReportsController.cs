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
}
