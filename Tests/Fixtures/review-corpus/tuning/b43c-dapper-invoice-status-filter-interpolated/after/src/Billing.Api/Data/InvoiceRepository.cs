using System.Data;
using Dapper;
using Billing.Api.Models;

namespace Billing.Api.Data;

public sealed class InvoiceRepository
{
    private readonly IDbConnection _db;

    public InvoiceRepository(IDbConnection db) => _db = db;

    public async Task<IReadOnlyList<InvoiceSummary>> ListForAccountAsync(Guid accountId, DateOnly? from, string? status)
    {
        var sql = """
            SELECT i.Id, i.Number, i.Status, i.TotalCents, i.IssuedOn
            FROM Invoices i
            WHERE i.AccountId = @accountId
            """;
        if (from is not null)
        {
            sql += " AND i.IssuedOn >= @from";
        }
        if (!string.IsNullOrWhiteSpace(status))
        {
            // statuses are stored lower-case ("open", "paid", "void")
            sql += $" AND i.Status = '{status.Trim().ToLowerInvariant()}'";
        }
        sql += " ORDER BY i.IssuedOn DESC";

        var rows = await _db.QueryAsync<InvoiceSummary>(sql, new { accountId, from = from?.ToDateTime(TimeOnly.MinValue) });
        return rows.AsList();
    }

    public Task<InvoiceSummary?> GetAsync(Guid accountId, Guid invoiceId) =>
        _db.QuerySingleOrDefaultAsync<InvoiceSummary>(
            "SELECT Id, Number, Status, TotalCents, IssuedOn FROM Invoices WHERE AccountId = @accountId AND Id = @invoiceId",
            new { accountId, invoiceId });
}
