using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Helpdesk.Web.Controllers;

[ApiController]
[Authorize]
[Route("api/tickets/{ticketId:int}/attachments")]
public sealed class AttachmentsController : ControllerBase
{
    private readonly string _root;
    private readonly ITicketAccess _access;

    public AttachmentsController(IOptions<AttachmentOptions> options, ITicketAccess access)
    {
        _root = Path.GetFullPath(options.Value.RootPath);
        _access = access;
    }

    [HttpGet("{**name}")]
    public async Task<IActionResult> Download(int ticketId, string name, CancellationToken ct)
    {
        if (!await _access.CanReadAsync(User, ticketId, ct))
        {
            return Forbid();
        }

        var ticketDir = Path.Combine(_root, ticketId.ToString());
        var candidate = Path.GetFullPath(Path.Combine(ticketDir, name));
        var prefix = ticketDir.EndsWith(Path.DirectorySeparatorChar)
            ? ticketDir
            : ticketDir + Path.DirectorySeparatorChar;

        if (!candidate.StartsWith(prefix, StringComparison.Ordinal))
        {
            return BadRequest("invalid attachment name");
        }
        if (!System.IO.File.Exists(candidate))
        {
            return NotFound();
        }

        return PhysicalFile(candidate, "application/octet-stream", Path.GetFileName(candidate));
    }
}
