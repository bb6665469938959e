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

        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var condition = string.Join(" AND ", words.Select(w => $"\"{w}*\""));

        // LIKE '%x%' was doing a full scan on Products; use the full-text index instead.
        IQueryable<Product> products = _db.Products
            .FromSqlRaw(
                $@"SELECT p.* FROM dbo.Products p
                   INNER JOIN CONTAINSTABLE(dbo.Products, (Name, Description), '{condition}') ft
                       ON ft.[KEY] = p.Id")
            .AsNoTracking()
            .Where(p => p.IsPublished);

        if (categoryId is not null)
        {
            products = products.Where(p => p.CategoryId == categoryId);
        }

        var results = await products
            .OrderBy(p => p.Name)
            .Take(MaxResults)
            .Select(p => new ProductSummary(p.Id, p.Sku, p.Name, p.PriceCents))
            .ToListAsync(ct);

        _logger.LogDebug("Product search for {Condition} returned {Count} rows", condition, results.Count);
        return results;
    }

    public Task<Product?> FindBySkuAsync(string sku, CancellationToken ct) =>
        _db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Sku == sku, ct);
}
