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

public sealed class ContactQueries
{
    private readonly IDbConnectionFactory _connections;

    public ContactQueries(IDbConnectionFactory connections) => _connections = connections;

    public async Task<IReadOnlyList<ContactRow>> ListForOwnerAsync(
        Guid tenantId, Guid ownerId, int page, int pageSize, CancellationToken ct)
    {
        const string sql = """
            SELECT c.Id, c.FullName, c.Email, c.City, co.Name AS Company, c.CreatedAt
              FROM Contacts c
              LEFT JOIN Companies co ON co.Id = c.CompanyId
             WHERE c.TenantId = @TenantId
               AND c.OwnerId = @OwnerId
               AND c.DeletedAt IS NULL
             ORDER BY c.FullName
            OFFSET @Offset ROWS FETCH NEXT @PageSize ROWS ONLY
            """;

        using var conn = await _connections.OpenAsync(ct);
        var rows = await conn.QueryAsync<ContactRow>(new CommandDefinition(
            sql,
            new { TenantId = tenantId, OwnerId = ownerId, Offset = Math.Max(0, page - 1) * pageSize, PageSize = pageSize },
            cancellationToken: ct));
        return rows.AsList();
    }

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
