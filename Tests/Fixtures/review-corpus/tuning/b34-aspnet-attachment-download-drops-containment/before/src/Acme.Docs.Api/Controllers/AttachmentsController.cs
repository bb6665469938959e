using System.Security.Claims;
using Acme.Docs.Api.Options;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;

namespace Acme.Docs.Api.Controllers;

[ApiController]
[Authorize]
[Route("api/attachments")]
public sealed class AttachmentsController : ControllerBase
{
    private readonly string _root;
    private readonly ILogger<AttachmentsController> _logger;
    private readonly FileExtensionContentTypeProvider _contentTypes = new();

    public AttachmentsController(IOptions<StorageOptions> options, ILogger<AttachmentsController> logger)
    {
        _root = Path.GetFullPath(options.Value.AttachmentRoot);
        _logger = logger;
    }

    private string TenantId => User.FindFirstValue("tenant_id")
        ?? throw new InvalidOperationException("tenant_id claim missing");

    [HttpGet("{*fileName}")]
    public IActionResult Download(string fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return BadRequest();
        }

        var tenantRoot = Path.Combine(_root, TenantId);
        var fullPath = Path.GetFullPath(Path.Combine(tenantRoot, fileName));
        if (!fullPath.StartsWith(tenantRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            _logger.LogWarning("Rejected attachment path {FileName} for tenant {Tenant}", fileName, TenantId);
            return BadRequest();
        }

        if (!System.IO.File.Exists(fullPath))
        {
            return NotFound();
        }

        if (!_contentTypes.TryGetContentType(fullPath, out var contentType))
        {
            contentType = "application/octet-stream";
        }

        return PhysicalFile(fullPath, contentType, Path.GetFileName(fullPath));
    }

    [HttpGet]
    public IActionResult List()
    {
        var tenantRoot = Path.Combine(_root, TenantId);
        if (!Directory.Exists(tenantRoot))
        {
            return Ok(Array.Empty<string>());
        }

        var files = Directory.EnumerateFiles(tenantRoot, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(tenantRoot, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
        return Ok(files);
    }
}
