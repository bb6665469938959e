using System.Data;
using Dapper;
using Helpdesk.Domain;

namespace Helpdesk.Data;

public enum TicketSort
{
    Updated,
    Created,
    Priority,
    Subject,
}

public sealed class TicketQueries
{
    private readonly IDbConnection _db;

    public TicketQueries(IDbConnection db) => _db = db;

    public Task<IEnumerable<TicketRow>> ForTeamAsync(
        int teamId,
        IReadOnlyCollection<string> statuses,
        TicketSort sort = TicketSort.Updated,
        bool descending = true,
        int take = 50)
    {
        var orderBy = sort switch
        {
            TicketSort.Created => "t.CreatedAt",
            TicketSort.Priority => "t.Priority",
            TicketSort.Subject => "t.Subject",
            _ => "t.UpdatedAt",
        };
        var direction = descending ? "DESC" : "ASC";

        var sql = $@"
SELECT TOP (@Take) t.Id, t.Subject, t.Status, t.Priority, t.CreatedAt, t.UpdatedAt
FROM dbo.Tickets t
WHERE t.TeamId = @TeamId
  AND t.Status IN @Statuses
ORDER BY {orderBy} {direction}, t.Id {direction}";

        return _db.QueryAsync<TicketRow>(sql, new
        {
            TeamId = teamId,
            Statuses = statuses.Count > 0 ? statuses : new[] { "Open" },
            Take = Math.Clamp(take, 1, 200),
        });
    }
}
