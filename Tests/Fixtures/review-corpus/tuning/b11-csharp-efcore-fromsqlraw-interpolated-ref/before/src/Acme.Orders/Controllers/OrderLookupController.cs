using Acme.Orders.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Acme.Orders.Controllers;

[ApiController]
[Authorize(Roles = "support")]
[Route("api/support/orders")]
public sealed class OrderLookupController(OrdersDbContext db) : ControllerBase
{
    [HttpGet]
    public async Task<IActionResult> Find([FromQuery] string customerRef, [FromQuery] string? status, CancellationToken ct)
    {
        var query = db.Orders.AsNoTracking().Where(o => o.CustomerRef == customerRef);
        if (!string.IsNullOrEmpty(status))
        {
            query = query.Where(o => o.Status == status);
        }

        var orders = await query
            .OrderByDescending(o => o.PlacedAt)
            .Take(50)
            .Select(o => new { o.Id, o.Number, o.Status, o.PlacedAt, o.TotalCents })
            .ToListAsync(ct);
        return Ok(orders);
    }
}