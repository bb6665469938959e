using Inventory.Api.Contracts;
using Inventory.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Inventory.Api.Data;

public sealed class ProductQueries
{
    private const int MaxPageSize = 100;

    private readonly InventoryDbContext _db;
    private readonly ITenantContext _tenant;

    public ProductQueries(InventoryDbContext db, ITenantContext tenant)
    {
        _db = db;
        _tenant = tenant;
    }

    public async Task<ProductDto?> GetAsync(Guid productId, CancellationToken ct)
    {
        return await _db.Products
            .AsNoTracking()
            .Where(p => p.TenantId == _tenant.TenantId && p.Id == productId)
            .Select(p => new ProductDto(p.Id, p.Sku, p.Name, p.StockLevel, p.UpdatedAt))
            .SingleOrDefaultAsync(ct);
    }

    public async Task<PagedResult<ProductDto>> SearchAsync(string? term, int page, int pageSize, CancellationToken ct)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(page, 1);

        IQueryable<Product> query = _db.Products
            .AsNoTracking()
            .Where(p => p.TenantId == _tenant.TenantId);

        if (!string.IsNullOrWhiteSpace(term))
        {
            var pattern = $"%{term.Trim()}%";
            query = query.Where(p => EF.Functions.ILike(p.Name, pattern) || EF.Functions.ILike(p.Sku, pattern));
        }

        var total = await query.CountAsync(ct);
        var items = await query
            .OrderBy(p => p.Name)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(p => new ProductDto(p.Id, p.Sku, p.Name, p.StockLevel, p.UpdatedAt))
            .ToListAsync(ct);

        return new PagedResult<ProductDto>(items, total, page, pageSize);
    }

    public async Task<IReadOnlyList<LowStockDto>> LowStockAsync(int threshold, CancellationToken ct)
    {
        return await _db.Products
            .AsNoTracking()
            .Where(p => p.TenantId == _tenant.TenantId && p.StockLevel <= threshold)
            .OrderBy(p => p.StockLevel)
            .Select(p => new LowStockDto(p.Id, p.Sku, p.StockLevel))
            .ToListAsync(ct);
    }
}
