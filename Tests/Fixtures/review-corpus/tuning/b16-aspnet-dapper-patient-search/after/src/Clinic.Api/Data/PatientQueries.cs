using System.Data;
using Dapper;

namespace Clinic.Api.Data;

public sealed class PatientQueries
{
    private const string SearchSql = @"
        SELECT p.Id, p.FirstName, p.LastName, p.DateOfBirth, p.Email
        FROM dbo.Patients p
        WHERE p.ClinicId = @ClinicId
          AND (@Name IS NULL OR p.LastName LIKE @Name + '%')
          AND (@Born IS NULL OR p.DateOfBirth = @Born)
        ORDER BY p.LastName, p.FirstName
        OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY;";

    private readonly IDbConnection _db;

    public PatientQueries(IDbConnection db) => _db = db;

    public Task<IEnumerable<PatientRow>> SearchAsync(
        Guid clinicId, string? name, DateOnly? born, int page, CancellationToken ct)
    {
        var take = 25;
        var args = new
        {
            ClinicId = clinicId,
            Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim(),
            Born = born?.ToDateTime(TimeOnly.MinValue),
            Skip = Math.Max(page - 1, 0) * take,
            Take = take,
        };
        return _db.QueryAsync<PatientRow>(
            new CommandDefinition(SearchSql, args, cancellationToken: ct));
    }
}

public sealed record PatientRow(Guid Id, string FirstName, string LastName, DateTime DateOfBirth, string? Email);