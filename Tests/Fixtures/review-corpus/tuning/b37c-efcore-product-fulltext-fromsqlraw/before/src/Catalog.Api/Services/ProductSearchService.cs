using Catalog.Api.Data;
using Catalog.Api.Models;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.Services;

public sealed class ProductSearchService : IProductSearchService
{
    private const int MaxResults = 50;

    private readonly CatalogDbContext _db;
    private readonly ILogger<ProductSearchService> _logger;

    public ProductSearchService(CatalogDbContext db, ILogger<ProductSearchService> logger)
    {
        _db = db;
        _logger = logger;
    }

    public async Task<IReadOnlyList<ProductSummary>> SearchAsync(
        string query,
        int? categoryId,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return Array.Empty<ProductSummary>();
        }

        var term = query.Trim();

        IQueryable<Product> products = _db.Products
            .AsNoTracking()
            .Where(p => p.IsPublished)
            .Where(p => EF.Functions.Like(p.Name, $"%{term}%")
                     || EF.Functions.Like(p.Description, $"%{term}%"));

        if (categoryId is not null)
        {
            products = products.Where(p => p.CategoryId == categoryId);
        }

        var results = await products
            .OrderBy(p => p.Name)
            .Take(MaxResults)
            .Select(p => new ProductSummary(p.Id, p.Sku, p.Name, p.PriceCents))
            .ToListAsync(ct);

        _logger.LogDebug("Product search for {Term} returned {Count} rows", term, results.Count);
        return results;
    }

    public Task<Product?> FindBySkuAsync(string sku, CancellationToken ct) =>
        _db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Sku == sku, ct);
}
