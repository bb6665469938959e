param(
    [Parameter(Mandatory = $true)]
    [ValidateSet('dev', 'staging', 'prod')]
    [string]$Environment,

    [Parameter(Mandatory = $true)]
    [ValidatePattern('^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$')]
    [string]$Version
)

$ErrorActionPreference = 'Stop'

$chart = Join-Path $PSScriptRoot '..\charts\orders'
$valuesFile = Join-Path $PSScriptRoot "..\charts\orders\values-$Environment.yaml"

$helmArgs = @(
    'upgrade', '--install', 'orders', $chart,
    '-f', $valuesFile,
    '--set', "image.tag=$Version",
    '--namespace', "orders-$Environment",
    '--wait'
)

Write-Host "Deploying orders $Version to $Environment"
& helm @helmArgs
if ($LASTEXITCODE -ne 0) {
    throw "helm exited with $LASTEXITCODE"
}