using Dapper;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Metrics.Api.Controllers;

[ApiController]
[Authorize(Policy = "Analyst")]
[Route("api/usage")]
public class UsageController : ControllerBase
{
    private static readonly HashSet<string> GroupableColumns = new(StringComparer.Ordinal)
    {
        "plan", "region", "client_version",
    };

    private readonly NpgsqlDataSource _db;

    public UsageController(NpgsqlDataSource db) => _db = db;

    private async Task<IEnumerable<dynamic>> Summarize(string column, DateOnly from, DateOnly to)
    {
        if (!GroupableColumns.Contains(column))
        {
            throw new ArgumentException("unsupported column", nameof(column));
        }
        var sql = $"SELECT {column} AS key, COUNT(*) AS events FROM usage_events " +
                  "WHERE day BETWEEN @from AND @to GROUP BY 1 ORDER BY 2 DESC";
        await using var conn = await _db.OpenConnectionAsync();
        return await conn.QueryAsync(sql, new { from, to });
    }

    [HttpGet("summary")]
    public async Task<IActionResult> Summary([FromQuery] DateOnly from, [FromQuery] DateOnly to)
    {
        if (to < from)
        {
            return BadRequest("to must not be before from");
        }
        return Ok(await Summarize("plan", from, to));
    }
}