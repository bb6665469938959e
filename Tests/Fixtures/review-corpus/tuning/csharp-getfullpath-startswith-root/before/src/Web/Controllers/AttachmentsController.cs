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
}
