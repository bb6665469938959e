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

        return File(asset.Content, asset.ContentType);
    }
}
