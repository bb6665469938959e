using System.Data;
using Dapper;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Options;

namespace Vetline.Data;

public sealed record AppointmentRow(
    int Id,
    int ClinicId,
    string PetName,
    string OwnerName,
    DateTime StartsAt,
    int DurationMinutes,
    string Status);

public sealed class AppointmentQueries
{
    private readonly string _connectionString;

    public AppointmentQueries(IOptions<DatabaseOptions> options)
    {
        _connectionString = options.Value.ConnectionString;
    }

    private IDbConnection Open() => new SqlConnection(_connectionString);

    private const string SelectColumns = @"
        SELECT a.Id, a.ClinicId, p.Name AS PetName, o.FullName AS OwnerName,
               a.StartsAt, a.DurationMinutes, a.Status
        FROM dbo.Appointments a
        JOIN dbo.Pets p ON p.Id = a.PetId
        JOIN dbo.Owners o ON o.Id = p.OwnerId";

    public async Task<IReadOnlyList<AppointmentRow>> ForDayAsync(int clinicId, DateOnly day)
    {
        using var conn = Open();
        var rows = await conn.QueryAsync<AppointmentRow>(
            SelectColumns + @"
        WHERE a.ClinicId = @clinicId
          AND a.StartsAt >= @from AND a.StartsAt < @to
        ORDER BY a.StartsAt",
            new
            {
                clinicId,
                from = day.ToDateTime(TimeOnly.MinValue),
                to = day.AddDays(1).ToDateTime(TimeOnly.MinValue),
            });
        return rows.AsList();
    }

    public async Task<AppointmentRow?> GetAsync(int clinicId, int id)
    {
        using var conn = Open();
        return await conn.QuerySingleOrDefaultAsync<AppointmentRow>(
            SelectColumns + " WHERE a.ClinicId = @clinicId AND a.Id = @id",
            new { clinicId, id });
    }

    public async Task<int> CancelAsync(int clinicId, int id, string reason)
    {
        using var conn = Open();
        return await conn.ExecuteAsync(
            @"UPDATE dbo.Appointments
              SET Status = 'Cancelled', CancelReason = @reason, UpdatedAt = SYSUTCDATETIME()
              WHERE ClinicId = @clinicId AND Id = @id AND Status = 'Booked'",
            new { clinicId, id, reason });
    }
}
