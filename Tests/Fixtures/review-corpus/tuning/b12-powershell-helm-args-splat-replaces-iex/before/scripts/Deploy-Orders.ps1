param(
    [Parameter(Mandatory = $true)]
    [string]$Environment,

    [Parameter(Mandatory = $true)]
    [string]$Version
)

$ErrorActionPreference = 'Stop'

$chart = Join-Path $PSScriptRoot '..\charts\orders'
$valuesFile = Join-Path $PSScriptRoot "..\charts\orders\values-$Environment.yaml"

Write-Host "Deploying orders $Version to $Environment"
Invoke-Expression "helm upgrade --install orders $chart -f $valuesFile --set image.tag=$Version --namespace orders-$Environment --wait"