using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using Support.Web.Options;

namespace Support.Web.Controllers;

[Route("manuals")]
public class ManualsController : Controller
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly string _root;
    private readonly ILogger<ManualsController> _logger;

    public ManualsController(IOptions<ManualsOptions> options, ILogger<ManualsController> logger)
    {
        _root = Path.GetFullPath(options.Value.RootPath);
        _logger = logger;
    }

    [HttpGet("{**path}")]
    [ResponseCache(Duration = 3600, Location = ResponseCacheLocation.Any)]
    public IActionResult Get(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
            return RedirectToAction("Index", "Help");

        // Manuals are now stored per language (de/, fr/, ...) with English at the root as the fallback.
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var candidates = culture == "en"
            ? new[] { path }
            : new[] { Path.Combine(culture, path), path };

        foreach (var candidate in candidates)
        {
            if (!TryResolve(candidate, out var fullPath))
            {
                _logger.LogWarning("Manual request outside root rejected: {Path}", path);
                return NotFound();
            }

            if (!System.IO.File.Exists(fullPath))
                continue;

            if (!ContentTypes.TryGetContentType(fullPath, out var contentType))
                contentType = "application/octet-stream";

            return PhysicalFile(fullPath, contentType, enableRangeProcessing: true);
        }

        return NotFound();
    }

    /// <summary>
    /// Maps a request-relative path onto the manuals root. Rejects anything that
    /// normalises to a location outside the root (../, absolute paths, drive letters).
    /// </summary>
    private bool TryResolve(string relativePath, out string fullPath)
    {
        fullPath = Path.GetFullPath(Path.Combine(_root, relativePath));
        var rootWithSeparator = _root.EndsWith(Path.DirectorySeparatorChar)
            ? _root
            : _root + Path.DirectorySeparatorChar;

        return fullPath.StartsWith(rootWithSeparator, StringComparison.Ordinal);
    }
}
