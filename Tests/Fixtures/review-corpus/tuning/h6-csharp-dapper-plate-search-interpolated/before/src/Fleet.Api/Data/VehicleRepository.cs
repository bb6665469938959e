using Dapper;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Options;

namespace Fleet.Api.Data;

public sealed class VehicleRepository
{
    private readonly string _connectionString;

    public VehicleRepository(IOptions<DbOptions> options)
    {
        _connectionString = options.Value.ConnectionString;
    }

    public async Task<Vehicle?> GetAsync(int id)
    {
        await using var conn = new SqlConnection(_connectionString);
        return await conn.QuerySingleOrDefaultAsync<Vehicle>(
            "SELECT Id, Plate, Model, DepotId FROM Vehicles WHERE Id = @id", new { id });
    }

    public async Task<IReadOnlyList<Vehicle>> ByDepotAsync(int depotId)
    {
        await using var conn = new SqlConnection(_connectionString);
        var rows = await conn.QueryAsync<Vehicle>(
            "SELECT Id, Plate, Model, DepotId FROM Vehicles WHERE DepotId = @depotId ORDER BY Plate",
            new { depotId });
        return rows.AsList();
    }
}
