using Billing.Api.Data;
using Billing.Api.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Billing.Api.Controllers;

[ApiController]
[Authorize]
[Route("api/invoices")]
public class InvoicesController : ControllerBase
{
    private readonly BillingDbContext _db;

    public InvoicesController(BillingDbContext db) => _db = db;

    [HttpGet]
    public async Task<IActionResult> List([FromQuery] string? status, [FromQuery] int page = 1)
    {
        var tenantId = User.FindFirst("tenant_id")!.Value;
        IQueryable<Invoice> query = _db.Invoices.Where(i => i.TenantId == tenantId);
        if (!string.IsNullOrEmpty(status))
            query = query.Where(i => i.Status == status);

        var items = await query
            .OrderByDescending(i => i.IssuedAt)
            .Skip((page - 1) * 50)
            .Take(50)
            .ToListAsync();
        return Ok(items);
    }
}
