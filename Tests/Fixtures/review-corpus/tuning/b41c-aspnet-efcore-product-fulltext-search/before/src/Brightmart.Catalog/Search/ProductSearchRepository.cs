using Brightmart.Catalog.Data;
using Microsoft.EntityFrameworkCore;

namespace Brightmart.Catalog.Search;

public sealed class ProductSearchRepository : IProductSearchRepository
{
    private const int MaxResults = 50;

    private readonly CatalogDbContext _db;
    private readonly ITenantAccessor _tenant;
    private readonly ILogger<ProductSearchRepository> _logger;

    public ProductSearchRepository(CatalogDbContext db, ITenantAccessor tenant, ILogger<ProductSearchRepository> logger)
    {
        _db = db;
        _tenant = tenant;
        _logger = logger;
    }

    public async Task<IReadOnlyList<ProductHit>> SearchAsync(string term, CancellationToken ct)
    {
        var tenantId = _tenant.TenantId;
        _logger.LogDebug("Product search for tenant {TenantId}: {Term}", tenantId, term);

        return await _db.Products
            .AsNoTracking()
            .Where(p => p.TenantId == tenantId && p.IsListed)
            .Where(p => EF.Functions.ILike(p.Name, $"%{term}%") || EF.Functions.ILike(p.Sku, $"{term}%"))
            .OrderBy(p => p.Name)
            .Take(MaxResults)
            .Select(p => new ProductHit(p.Id, p.Sku, p.Name, p.PriceCents))
            .ToListAsync(ct);
    }
}
