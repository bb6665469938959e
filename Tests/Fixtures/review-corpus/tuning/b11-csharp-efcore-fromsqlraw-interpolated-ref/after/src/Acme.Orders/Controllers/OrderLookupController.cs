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
        // customer_ref is stored case-insensitively in legacy rows
        var sql = $"SELECT * FROM orders WHERE lower(customer_ref) = lower('{customerRef}')";
        if (!string.IsNullOrEmpty(status))
        {
            sql += $" AND status = '{status}'";
        }

        var orders = await db.Orders
            .FromSqlRaw(sql)
            .AsNoTracking()
            .OrderByDescending(o => o.PlacedAt)
            .Take(50)
            .Select(o => new { o.Id, o.Number, o.Status, o.PlacedAt, o.TotalCents })
            .ToListAsync(ct);
        return Ok(orders);
    }
}