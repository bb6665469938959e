using System.Data;
using Dapper;
using Helpdesk.Domain;

namespace Helpdesk.Data;

public sealed class TicketQueries
{
    private readonly IDbConnection _db;

    public TicketQueries(IDbConnection db) => _db = db;

    public Task<IEnumerable<TicketRow>> OpenForTeamAsync(int teamId, int take = 50)
    {
        const string sql = @"
SELECT TOP (@Take) t.Id, t.Subject, t.Status, t.Priority, t.CreatedAt, t.UpdatedAt
FROM dbo.Tickets t
WHERE t.TeamId = @TeamId
  AND t.Status = 'Open'
ORDER BY t.UpdatedAt DESC";

        return _db.QueryAsync<TicketRow>(sql, new { TeamId = teamId, Take = Math.Clamp(take, 1, 200) });
    }
}
