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

    /// <summary>
    /// Ranked full-text search over products.search_vector (name, sku, brand, description; see
    /// migration 20240611_AddProductSearchVector). ILIKE over 2M rows was timing out for big tenants.
    /// websearch_to_tsquery accepts whatever the shopper typed, quotes and minus signs included.
    /// </summary>
    public async Task<IReadOnlyList<ProductHit>> SearchAsync(string term, CancellationToken ct)
    {
        var tenantId = _tenant.TenantId;
        var limit = MaxResults;
        _logger.LogDebug("Product search for tenant {TenantId}: {Term}", tenantId, term);

        return await _db.Products
            .FromSql($"""
                SELECT p.*
                  FROM products p
                 WHERE p.tenant_id = {tenantId}
                   AND p.is_listed
                   AND p.search_vector @@ websearch_to_tsquery('simple', {term})
                 ORDER BY ts_rank_cd(p.search_vector, websearch_to_tsquery('simple', {term})) DESC, p.name
                 LIMIT {limit}
                """)
            .AsNoTracking()
            .Select(p => new ProductHit(p.Id, p.Sku, p.Name, p.PriceCents))
            .ToListAsync(ct);
    }
}
