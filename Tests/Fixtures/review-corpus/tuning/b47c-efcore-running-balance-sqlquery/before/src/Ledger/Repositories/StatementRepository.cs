using Ledger.Data;
using Ledger.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ledger.Repositories;

public class StatementRepository : IStatementRepository
{
    private readonly LedgerContext _db;

    public StatementRepository(LedgerContext db) => _db = db;

    public Task<Statement?> GetAsync(Guid accountId, int year, int month, CancellationToken ct) =>
        _db.Statements
            .AsNoTracking()
            .Include(s => s.Lines)
            .SingleOrDefaultAsync(s => s.AccountId == accountId && s.Year == year && s.Month == month, ct);

    public async Task<IReadOnlyList<StatementSummary>> ListAsync(Guid accountId, CancellationToken ct) =>
        await _db.Statements
            .AsNoTracking()
            .Where(s => s.AccountId == accountId)
            .OrderByDescending(s => s.Year).ThenByDescending(s => s.Month)
            .Select(s => new StatementSummary(s.Id, s.Year, s.Month, s.ClosingBalance))
            .ToListAsync(ct);
}
