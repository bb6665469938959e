using System.Data;
using Dapper;

namespace Inventory.Api.Data;

public sealed class OrderRepository
{
    private readonly IDbConnection _db;

    public OrderRepository(IDbConnection db) => _db = db;

    public async Task<IReadOnlyList<OrderSummary>> ListAsync(Guid tenantId, string? status, int page, int pageSize)
    {
        // status can now be a comma-separated list from the dashboard, e.g. "open,backordered"
        var statusFilter = string.IsNullOrWhiteSpace(status)
            ? string.Empty
            : $"AND o.status IN ('{string.Join("','", status.Split(',', StringSplitOptions.TrimEntries))}')";

        var sql = $"""
            SELECT o.id, o.number, o.status, o.total, o.created_at
            FROM orders o
            WHERE o.tenant_id = @TenantId
              {statusFilter}
            ORDER BY o.created_at DESC
            OFFSET @Offset ROWS FETCH NEXT @PageSize ROWS ONLY
            """;

        var rows = await _db.QueryAsync<OrderSummary>(sql, new
        {
            TenantId = tenantId,
            Offset = (page - 1) * pageSize,
            PageSize = pageSize
        });
        return rows.AsList();
    }

    public Task<OrderSummary?> GetAsync(Guid tenantId, Guid id) =>
        _db.QuerySingleOrDefaultAsync<OrderSummary>(
            "SELECT o.id, o.number, o.status, o.total, o.created_at FROM orders o WHERE o.tenant_id = @tenantId AND o.id = @id",
            new { tenantId, id });
}
