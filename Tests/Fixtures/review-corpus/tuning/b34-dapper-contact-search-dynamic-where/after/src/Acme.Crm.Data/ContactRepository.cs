using System.Data;
using Dapper;

namespace Acme.Crm.Data;

public sealed record ContactSearch(
    string? Name,
    string? Company,
    DateOnly? CreatedAfter,
    string? SortBy,
    bool Descending,
    int Page,
    int PageSize);

public sealed class ContactRepository
{
    private readonly IDbConnection _db;

    public ContactRepository(IDbConnection db) => _db = db;

    public Task<Contact?> GetAsync(Guid tenantId, Guid id) =>
        _db.QuerySingleOrDefaultAsync<Contact>(
            "SELECT id, tenant_id, name, email, company, created_at FROM contacts WHERE tenant_id = @TenantId AND id = @Id",
            new { TenantId = tenantId, Id = id });

    public async Task<IReadOnlyList<Contact>> SearchAsync(Guid tenantId, ContactSearch search)
    {
        var where = new List<string> { "tenant_id = @TenantId" };
        var parameters = new DynamicParameters();
        parameters.Add("TenantId", tenantId);

        if (!string.IsNullOrWhiteSpace(search.Name))
        {
            where.Add("name ILIKE @Name");
            parameters.Add("Name", $"%{search.Name.Trim()}%");
        }
        if (!string.IsNullOrWhiteSpace(search.Company))
        {
            where.Add("company ILIKE @Company");
            parameters.Add("Company", $"%{search.Company.Trim()}%");
        }
        if (search.CreatedAfter is { } after)
        {
            where.Add("created_at >= @CreatedAfter");
            parameters.Add("CreatedAfter", after.ToDateTime(TimeOnly.MinValue));
        }

        // Column names can't be bound as parameters, so map to a fixed set.
        var orderColumn = search.SortBy?.ToLowerInvariant() switch
        {
            "company" => "company",
            "created" => "created_at",
            _ => "name",
        };
        var direction = search.Descending ? "DESC" : "ASC";

        var pageSize = Math.Clamp(search.PageSize, 1, 200);
        parameters.Add("Limit", pageSize);
        parameters.Add("Offset", Math.Max(search.Page, 0) * pageSize);

        var sql = $"""
            SELECT id, tenant_id, name, email, company, created_at
            FROM contacts
            WHERE {string.Join(" AND ", where)}
            ORDER BY {orderColumn} {direction}, id
            LIMIT @Limit OFFSET @Offset
            """;

        var rows = await _db.QueryAsync<Contact>(sql, parameters);
        return rows.AsList();
    }

    public Task<int> DeleteAsync(Guid tenantId, Guid id) =>
        _db.ExecuteAsync(
            "DELETE FROM contacts WHERE tenant_id = @TenantId AND id = @Id",
            new { TenantId = tenantId, Id = id });
}
