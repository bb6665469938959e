[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Environment,
    [Parameter(Mandatory)] [string] $PackagePath,
    [string] $ApiBase = "https://deploy-api.internal.acme.io"
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$token = (Get-Secret -Name "DeployApiToken" -Vault AcmeOps -AsPlainText)
$headers = @{ Authorization = "Bearer $token" }

Write-Host "Uploading $PackagePath to $Environment"
$upload = Invoke-RestMethod -Method Post -Uri "$ApiBase/v2/packages" `
    -Headers $headers -InFile $PackagePath -ContentType "application/zip"

$body = @{ packageId = $upload.id; environment = $Environment } | ConvertTo-Json
$release = Invoke-RestMethod -Method Post -Uri "$ApiBase/v2/releases" `
    -Headers $headers -Body $body -ContentType "application/json"

do {
    Start-Sleep -Seconds 5
    $state = Invoke-RestMethod -Uri "$ApiBase/v2/releases/$($release.id)" -Headers $headers
    Write-Host "  status: $($state.status)"
} while ($state.status -in @("queued", "running"))

if ($state.status -ne "succeeded") { throw "Release $($release.id) ended as $($state.status)" }