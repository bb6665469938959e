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

    public async Task<IReadOnlyList<BalanceRow>> BalancesAsync(Guid tenantId, DateTime asOf, CancellationToken ct)
    {
        var accounts = await _db.Accounts
            .Where(a => a.TenantId == tenantId && a.ClosedAt == null)
            .AsNoTracking()
            .ToListAsync(ct);

        var sums = await _db.Entries
            .Where(e => e.TenantId == tenantId && e.PostedAt <= asOf)
            .GroupBy(e => e.AccountId)
            .Select(g => new { AccountId = g.Key, Total = g.Sum(e => e.Amount) })
            .ToDictionaryAsync(x => x.AccountId, x => x.Total, ct);

        return accounts
            .Select(a => new BalanceRow(a.Id, a.Name, sums.TryGetValue(a.Id, out var t) ? t : 0m, asOf))
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