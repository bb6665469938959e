using Dapper;
using Hr.Api.Models;
using Npgsql;

namespace Hr.Api.Data;

public class EmployeeDirectory
{
    private readonly NpgsqlDataSource _dataSource;

    public EmployeeDirectory(NpgsqlDataSource dataSource) => _dataSource = dataSource;

    public async Task<IEnumerable<EmployeeCard>> ListAsync(int departmentId, int page, int pageSize)
    {
        await using var conn = await _dataSource.OpenConnectionAsync();
        const string sql = """
            SELECT e.id, e.first_name, e.last_name, e.title, e.hired_on
            FROM employees e
            WHERE e.department_id = @departmentId AND e.terminated_on IS NULL
            ORDER BY e.last_name, e.first_name
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
