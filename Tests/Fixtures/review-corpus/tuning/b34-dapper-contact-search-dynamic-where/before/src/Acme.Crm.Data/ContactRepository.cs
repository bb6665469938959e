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
        const string sql = """
            SELECT id, tenant_id, name, email, company, created_at
            FROM contacts
            WHERE tenant_id = @TenantId
              AND (@Name IS NULL OR name ILIKE @Name)
            ORDER BY name
            LIMIT @Limit OFFSET @Offset
            """;

        var pageSize = Math.Clamp(search.PageSize, 1, 200);
        var rows = await _db.QueryAsync<Contact>(sql, new
        {
            TenantId = tenantId,
            Name = search.Name is null ? null : $"%{search.Name}%",
            Limit = pageSize,
            Offset = Math.Max(search.Page, 0) * pageSize,
        });
        return rows.AsList();
    }

    public Task<int> DeleteAsync(Guid tenantId, Guid id) =>
        _db.ExecuteAsync(
            "DELETE FROM contacts WHERE tenant_id = @TenantId AND id = @Id",
            new { TenantId = tenantId, Id = id });
}
