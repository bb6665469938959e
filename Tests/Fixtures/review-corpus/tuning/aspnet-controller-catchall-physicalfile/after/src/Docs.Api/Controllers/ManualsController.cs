using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Docs.Api.Controllers;

[ApiController]
[Route("manuals")]
public sealed class ManualsController : ControllerBase
{
    private readonly string _root;

    public ManualsController(IOptions<ManualOptions> options) => _root = options.Value.Directory;

    [HttpGet("{**path}")]
    public IActionResult Get(string path)
    {
        var file = Path.Combine(_root, path);
        return PhysicalFile(file, "application/pdf", Path.GetFileName(file));
    }
}