using System.Text;
using Inventory.Api.Data;
using Inventory.Api.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Inventory.Api.Controllers;

[ApiController]
[Authorize(Policy = "WarehouseStaff")]
[Route("api/stock")]
public class StockController : ControllerBase
{
    private const int MaxPageSize = 200;

    private readonly InventoryDbContext _db;
    private readonly ILogger<StockController> _logger;

    public StockController(InventoryDbContext db, ILogger<StockController> logger)
    {
        _db = db;
        _logger = logger;
    }

    public record StockSearchQuery(string? Q, string? Warehouse, bool LowOnly = false, int Page = 1, int PageSize = 50);

    [HttpGet("search")]
    public async Task<ActionResult<PagedResult<StockItemDto>>> Search([FromQuery] StockSearchQuery query, CancellationToken ct)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Max(query.Page, 1);

        // ILIKE on description was doing a seq scan; use the GIN index on search_vector instead.
        var sql = new StringBuilder("SELECT i.* FROM stock_items i WHERE 1 = 1");
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var terms = query.Q.Trim().Replace(" ", " & ");
            sql.Append($" AND (i.sku ILIKE '{query.Q.Trim()}%' OR i.search_vector @@ to_tsquery('simple', '{terms}'))");
        }

        if (!string.IsNullOrWhiteSpace(query.Warehouse))
        {
            sql.Append($" AND i.warehouse_code = '{query.Warehouse}'");
        }

        IQueryable<StockItem> items = _db.StockItems.FromSqlRaw(sql.ToString()).AsNoTracking();

        if (query.LowOnly)
        {
            items = items.Where(i => i.OnHand <= i.ReorderPoint);
        }

        var total = await items.CountAsync(ct);
        var rows = await items
            .OrderBy(i => i.Sku)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(i => new StockItemDto(i.Id, i.Sku, i.Description, i.WarehouseCode, i.OnHand, i.ReorderPoint))
            .ToListAsync(ct);

        return Ok(new PagedResult<StockItemDto>(rows, total, page, pageSize));
    }

    [HttpGet("{id:int}")]
    public async Task<ActionResult<StockItemDto>> Get(int id, CancellationToken ct)
    {
        var item = await _db.StockItems.AsNoTracking()
            .Where(i => i.Id == id)
            .Select(i => new StockItemDto(i.Id, i.Sku, i.Description, i.WarehouseCode, i.OnHand, i.ReorderPoint))
            .FirstOrDefaultAsync(ct);

        return item is null ? NotFound() : Ok(item);
    }
}
