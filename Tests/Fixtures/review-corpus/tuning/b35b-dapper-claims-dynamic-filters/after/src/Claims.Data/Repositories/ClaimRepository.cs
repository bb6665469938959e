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
        // Build only the predicates that are in use; the catch-all "@X IS NULL OR ..." form was
        // giving SQL Server one plan for every filter combination.
        var where = new List<string> { "c.tenant_id = @TenantId" };
        var parameters = new DynamicParameters();
        parameters.Add("TenantId", tenantId);

        if (search.Statuses is { Count: > 0 })
        {
            where.Add("c.status IN @Statuses");
            parameters.Add("Statuses", search.Statuses.Select(s => s.ToString()).ToArray());
        }

        if (!string.IsNullOrWhiteSpace(search.PolicyNumber))
        {
            where.Add("c.policy_number = @PolicyNumber");
            parameters.Add("PolicyNumber", search.PolicyNumber.Trim(), DbType.AnsiString, size: 32);
        }

        if (search.LodgedFrom is not null)
        {
            where.Add("c.lodged_at >= @LodgedFrom");
            parameters.Add("LodgedFrom", search.LodgedFrom.Value);
        }

        if (search.AssigneeId is not null)
        {
            where.Add("c.assignee_id = @AssigneeId");
            parameters.Add("AssigneeId", search.AssigneeId.Value);
        }

        parameters.Add("Offset", Math.Max(search.Offset, 0));
        parameters.Add("Limit", Math.Clamp(search.Limit, 1, 500));

        var sql = $"""
            SELECT c.id, c.reference, c.policy_number, c.status, c.amount, c.currency, c.lodged_at
            FROM claims c
            WHERE {string.Join(" AND ", where)}
            ORDER BY c.lodged_at DESC
            OFFSET @Offset ROWS FETCH NEXT @Limit ROWS ONLY
            """;

        using var conn = await _connections.OpenAsync(ct);
        var rows = await conn.QueryAsync<ClaimSummary>(new CommandDefinition(sql, parameters, cancellationToken: ct));

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
