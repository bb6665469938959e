using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Pinecrest.Ledger.Data;
using Pinecrest.Ledger.Models;

namespace Pinecrest.Ledger.Services;

public sealed record BalanceRow(Guid AccountId, string AccountName, decimal Balance, DateTime AsOf);

public interface ILedgerQueries
{
    Task<IReadOnlyList<BalanceRow>> BalancesAsync(Guid tenantId, DateTime asOf, CancellationToken ct);
    Task<IReadOnlyList<Entry>> EntriesForAccountAsync(Guid tenantId, Guid accountId, int take, CancellationToken ct);
}

public sealed class LedgerQueries : ILedgerQueries
{
    private readonly LedgerDbContext _db;

    public LedgerQueries(LedgerDbContext db) => _db = db;

    /// <summary>
    /// Running balances need a window function that LINQ cannot express, so
    /// this drops to SQL. FromSqlInterpolated turns each interpolation hole
    /// into a DbParameter (@p0, @p1, ...); nothing is spliced into the text.
    /// </summary>
    public async Task<IReadOnlyList<BalanceRow>> BalancesAsync(Guid tenantId, DateTime asOf, CancellationToken ct)
    {
        var rows = await _db.Set<BalanceRow>()
            .FromSqlInterpolated($@"
                SELECT a.id AS AccountId,
                       a.name AS AccountName,
                       COALESCE(SUM(e.amount) OVER (PARTITION BY a.id), 0) AS Balance,
                       {asOf} AS AsOf
                  FROM accounts a
                  LEFT JOIN entries e
                         ON e.account_id = a.id
                        AND e.posted_at <= {asOf}
                 WHERE a.tenant_id = {tenantId}
                   AND a.closed_at IS NULL")
            .AsNoTracking()
            .ToListAsync(ct);

        return rows
            .GroupBy(r => r.AccountId)
            .Select(g => g.First())
            .OrderBy(r => r.AccountName)
            .ToList();
    }

    public async Task<IReadOnlyList<Entry>> EntriesForAccountAsync(Guid tenantId, Guid accountId, int take, CancellationToken ct)
    {
        take = Math.Clamp(take, 1, 500);
        return await _db.Entries
            .Where(e => e.TenantId == tenantId && e.AccountId == accountId)
            .OrderByDescending(e => e.PostedAt)
            .Take(take)
            .AsNoTracking()
            .ToListAsync(ct);
    }
}