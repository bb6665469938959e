using System.Data;
using Claims.Domain;
using Dapper;

namespace Claims.Data.Repositories;

public sealed class ClaimRepository : IClaimRepository
{
    private readonly IDbConnectionFactory _connections;

    public ClaimRepository(IDbConnectionFactory connections)
    {
        _connections = connections;
    }

    public async Task<Claim?> GetAsync(Guid tenantId, long claimId, CancellationToken ct)
    {
        const string sql = """
            SELECT c.id, c.reference, c.policy_number, c.status, c.amount, c.currency, c.lodged_at, c.assignee_id
            FROM claims c
            WHERE c.tenant_id = @TenantId AND c.id = @ClaimId
            """;

        using var conn = await _connections.OpenAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<Claim>(
            new CommandDefinition(sql, new { TenantId = tenantId, ClaimId = claimId }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<ClaimSummary>> SearchAsync(Guid tenantId, ClaimSearch search, CancellationToken ct)
    {
        const string sql = """
            SELECT c.id, c.reference, c.policy_number, c.status, c.amount, c.currency, c.lodged_at
            FROM claims c
            WHERE c.tenant_id = @TenantId
              AND (@Status IS NULL OR c.status = @Status)
            ORDER BY c.lodged_at DESC
            OFFSET @Offset ROWS FETCH NEXT @Limit ROWS ONLY
            """;

        using var conn = await _connections.OpenAsync(ct);
        var rows = await conn.QueryAsync<ClaimSummary>(new CommandDefinition(sql, new
        {
            TenantId = tenantId,
            Status = search.Status?.ToString(),
            Offset = search.Offset,
            Limit = Math.Clamp(search.Limit, 1, 500),
        }, cancellationToken: ct));

        return rows.AsList();
    }

    public async Task<int> AssignAsync(Guid tenantId, long claimId, Guid assigneeId, CancellationToken ct)
    {
        const string sql = """
            UPDATE claims SET assignee_id = @AssigneeId, updated_at = SYSUTCDATETIME()
            WHERE tenant_id = @TenantId AND id = @ClaimId
            """;

        using var conn = await _connections.OpenAsync(ct);
        return await conn.ExecuteAsync(
            new CommandDefinition(sql, new { TenantId = tenantId, ClaimId = claimId, AssigneeId = assigneeId }, cancellationToken: ct));
    }
}
