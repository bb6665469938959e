using namespace System.Net

param($Request, $TriggerMetadata)

# Ops helper: check reachability of a host from inside the VNet.
#   GET /api/netcheck?target=db1.internal&count=2
$target = $Request.Query.target
$count = $Request.Query.count
if (-not $count) { $count = 2 }

if (-not $target) {
    Push-OutputBinding -Name Response -Value ([HttpResponseContext]@{
        StatusCode = [HttpStatusCode]::BadRequest
        Body       = "target is required"
    })
    return
}

Write-Information "netcheck requested for $target"

$output = Invoke-Expression "Test-Connection -TargetName $target -Count $count -TimeoutSeconds 2 | Out-String"

Push-OutputBinding -Name Response -Value ([HttpResponseContext]@{
    StatusCode = [HttpStatusCode]::OK
    Headers    = @{ 'Content-Type' = 'text/plain' }
    Body       = $output
})