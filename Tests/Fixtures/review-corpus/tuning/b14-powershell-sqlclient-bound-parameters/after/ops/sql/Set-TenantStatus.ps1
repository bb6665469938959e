[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $TenantId,
    [Parameter(Mandatory)] [ValidateSet("suspend", "resume")] [string] $Action,
    [string] $Server = "sql-tenants.acme.internal"
)

$ErrorActionPreference = "Stop"

$cs = "Server=$Server;Database=Tenants;Integrated Security=True;Encrypt=True;TrustServerCertificate=False"
$conn = New-Object System.Data.SqlClient.SqlConnection $cs
$conn.Open()
try {
    $cmd = $conn.CreateCommand()
    $cmd.CommandText = "SELECT Name, Status FROM dbo.Tenants WHERE TenantId = @TenantId"
    [void]$cmd.Parameters.Add("@TenantId", [System.Data.SqlDbType]::UniqueIdentifier)
    $cmd.Parameters["@TenantId"].Value = [guid]::Parse($TenantId)
    $reader = $cmd.ExecuteReader()
    if (-not $reader.Read()) { throw "Tenant $TenantId not found" }
    $name = $reader["Name"]; $status = $reader["Status"]
    $reader.Close()
    Write-Host "Tenant $name is currently $status"

    $newStatus = if ($Action -eq "suspend") { "Suspended" } else { "Active" }
    $cmd.CommandText = "UPDATE dbo.Tenants SET Status = @Status, UpdatedAt = SYSUTCDATETIME() WHERE TenantId = @TenantId"
    [void]$cmd.Parameters.Add("@Status", [System.Data.SqlDbType]::NVarChar, 20)
    $cmd.Parameters["@Status"].Value = $newStatus
    $rows = $cmd.ExecuteNonQuery()
    Write-Host "Updated $rows row(s): $name -> $newStatus"
}
finally {
    $conn.Close()
}