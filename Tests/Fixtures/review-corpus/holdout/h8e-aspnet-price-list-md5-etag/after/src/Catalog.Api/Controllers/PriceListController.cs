using System.Security.Cryptography;
using System.Text.Json;
using Catalog.Api.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Catalog.Api.Controllers;

[ApiController]
[Route("api/v1/price-lists")]
[Authorize(Policy = "PartnerRead")]
public sealed class PriceListController : ControllerBase
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
    private readonly IPriceListService _priceLists;

    public PriceListController(IPriceListService priceLists)
    {
        _priceLists = priceLists;
    }

    [HttpGet("{region}")]
    public async Task<IActionResult> Get(string region, CancellationToken ct)
    {
        var list = await _priceLists.GetCurrentAsync(region, ct);
        if (list is null)
        {
            return NotFound();
        }

        var payload = JsonSerializer.SerializeToUtf8Bytes(list, JsonOptions);

        // Partners poll this every few minutes; let them skip the download when nothing changed.
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexString(MD5.HashData(payload))}\"");
        return File(payload, "application/json", lastModified: list.PublishedUtc, entityTag: etag);
    }
}
