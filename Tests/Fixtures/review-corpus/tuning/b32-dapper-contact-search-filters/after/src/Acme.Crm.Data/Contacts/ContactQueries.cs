using System.Data;
using Dapper;

namespace Acme.Crm.Data.Contacts;

public sealed record ContactRow(
    Guid Id,
    string FullName,
    string Email,
    string? City,
    string? Company,
    DateTime CreatedAt);

public sealed record ContactSearch(
    Guid OwnerId,
    string? NameContains = null,
    string? City = null,
    Guid? CompanyId = null,
    DateTime? CreatedAfter = null);

public sealed class ContactQueries
{
    private readonly IDbConnectionFactory _connections;

    public ContactQueries(IDbConnectionFactory connections) => _connections = connections;

    public async Task<IReadOnlyList<ContactRow>> SearchAsync(
        Guid tenantId, ContactSearch search, int page, int pageSize, CancellationToken ct)
    {
        // Only the fixed condition strings below end up in the SQL text;
        // every user-supplied value goes through DynamicParameters.
        var where = new List<string> { "c.TenantId = @TenantId", "c.OwnerId = @OwnerId", "c.DeletedAt IS NULL" };
        var p = new DynamicParameters(new { TenantId = tenantId, search.OwnerId });

        if (!string.IsNullOrWhiteSpace(search.NameContains))
        {
            where.Add(@"c.FullName LIKE @NameLike ESCAPE '\'");
            p.Add("NameLike", "%" + EscapeLike(search.NameContains.Trim()) + "%", DbType.String);
        }
        if (!string.IsNullOrWhiteSpace(search.City))
        {
            where.Add("c.City = @City");
            p.Add("City", search.City.Trim(), DbType.String);
        }
        if (search.CompanyId is { } companyId)
        {
            where.Add("c.CompanyId = @CompanyId");
            p.Add("CompanyId", companyId);
        }
        if (search.CreatedAfter is { } createdAfter)
        {
            where.Add("c.CreatedAt >= @CreatedAfter");
            p.Add("CreatedAfter", createdAfter);
        }
        p.Add("Offset", Math.Max(0, page - 1) * pageSize);
        p.Add("PageSize", pageSize);

        var sql = $"""
            SELECT c.Id, c.FullName, c.Email, c.City, co.Name AS Company, c.CreatedAt
              FROM Contacts c
              LEFT JOIN Companies co ON co.Id = c.CompanyId
             WHERE {string.Join(" AND ", where)}
             ORDER BY c.FullName
            OFFSET @Offset ROWS FETCH NEXT @PageSize ROWS ONLY
            """;

        using var conn = await _connections.OpenAsync(ct);
        var rows = await conn.QueryAsync<ContactRow>(new CommandDefinition(sql, p, cancellationToken: ct));
        return rows.AsList();
    }

    private static string EscapeLike(string value) =>
        value.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_").Replace("[", @"\[");

    public async Task<ContactRow?> FindAsync(Guid tenantId, Guid contactId, CancellationToken ct)
    {
        const string sql = """
            SELECT c.Id, c.FullName, c.Email, c.City, co.Name AS Company, c.CreatedAt
              FROM Contacts c
              LEFT JOIN Companies co ON co.Id = c.CompanyId
             WHERE c.TenantId = @TenantId AND c.Id = @ContactId AND c.DeletedAt IS NULL
            """;

        using var conn = await _connections.OpenAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<ContactRow>(new CommandDefinition(
            sql, new { TenantId = tenantId, ContactId = contactId }, cancellationToken: ct));
    }

    public async Task<int> SoftDeleteAsync(Guid tenantId, Guid contactId, CancellationToken ct)
    {
        const string sql = """
            UPDATE Contacts SET DeletedAt = SYSUTCDATETIME()
             WHERE TenantId = @TenantId AND Id = @ContactId AND DeletedAt IS NULL
            """;

        using var conn = await _connections.OpenAsync(ct);
        return await conn.ExecuteAsync(new CommandDefinition(
            sql, new { TenantId = tenantId, ContactId = contactId }, cancellationToken: ct));
    }
}
