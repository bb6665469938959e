using Dapper;
using Hr.Api.Models;
using Npgsql;

namespace Hr.Api.Data;

public class EmployeeDirectory
{
    private readonly NpgsqlDataSource _dataSource;

    public EmployeeDirectory(NpgsqlDataSource dataSource) => _dataSource = dataSource;

    public async Task<IEnumerable<EmployeeCard>> ListAsync(int departmentId, int page, int pageSize, string? sort)
    {
        var orderBy = sort switch
        {
            "title" => "e.title, e.last_name",
            "hired" => "e.hired_on DESC, e.last_name",
            "hired_asc" => "e.hired_on, e.last_name",
            _ => "e.last_name, e.first_name",
        };

        await using var conn = await _dataSource.OpenConnectionAsync();
        var sql = $"""
            SELECT e.id, e.first_name, e.last_name, e.title, e.hired_on
            FROM employees e
            WHERE e.department_id = @departmentId AND e.terminated_on IS NULL
            ORDER BY {orderBy}
            LIMIT @pageSize OFFSET @offset
            """;
        return await conn.QueryAsync<EmployeeCard>(sql, new
        {
            departmentId,
            pageSize,
            offset = Math.Max(page - 1, 0) * pageSize,
        });
    }
}
