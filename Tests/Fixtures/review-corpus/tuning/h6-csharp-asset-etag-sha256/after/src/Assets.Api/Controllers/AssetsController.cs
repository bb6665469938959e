using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Assets.Api.Controllers;

[ApiController]
[Route("api/assets")]
public class AssetsController : ControllerBase
{
    private readonly IAssetStore _store;

    public AssetsController(IAssetStore store) => _store = store;

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Get(Guid id)
    {
        var asset = await _store.FindAsync(id);
        if (asset is null) return NotFound();

        // strong ETag so the CDN and browsers can revalidate cheaply
        var etag = "\"" + Convert.ToHexString(SHA256.HashData(asset.Content)) + "\"";
        if (Request.Headers.IfNoneMatch.Contains(etag)) return StatusCode(304);

        Response.Headers.ETag = etag;
        return File(asset.Content, asset.ContentType);
    }
}
