using Acme.Helpdesk.Options;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;

namespace Acme.Helpdesk.Web.Controllers;

[Authorize]
[Route("attachments")]
public class AttachmentsController : Controller
{
    private readonly AttachmentOptions _options;
    private readonly FileExtensionContentTypeProvider _types = new();

    public AttachmentsController(IOptions<AttachmentOptions> options)
    {
        _options = options.Value;
    }

    [HttpGet("")]
    public IActionResult Index()
    {
        var names = Directory.EnumerateFiles(_options.Root)
            .Select(Path.GetFileName)
            .OrderBy(n => n)
            .ToList();
        return View(names);
    }

    [HttpGet("download")]
    public IActionResult Download([FromQuery] string name)
    {
        var path = Path.Combine(_options.Root, name);
        if (!System.IO.File.Exists(path))
        {
            return NotFound();
        }
        var bytes = System.IO.File.ReadAllBytes(path);
        _types.TryGetContentType(path, out var contentType);
        return File(bytes, contentType ?? "application/octet-stream", Path.GetFileName(path));
    }
}
