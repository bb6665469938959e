using Insights.Web.Data;
using Insights.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json;

namespace Insights.Web.Controllers;

[Authorize]
[Route("reports/saved")]
public class SavedReportsController : Controller
{
    // ReportDefinition.Parameters is Dictionary<string, object>; keep the concrete
    // types (DateRange, Money, ...) across export/import round trips.
    private static readonly JsonSerializerSettings RoundTrip = new()
    {
        TypeNameHandling = TypeNameHandling.Auto,
        Formatting = Formatting.Indented,
    };

    private readonly ReportStore _store;

    public SavedReportsController(ReportStore store) => _store = store;

    [HttpGet("{id:guid}/export")]
    public async Task<IActionResult> Export(Guid id)
    {
        var report = await _store.FindForUserAsync(id, User.GetUserId());
        if (report is null) return NotFound();

        var json = JsonConvert.SerializeObject(report.Definition, RoundTrip);
        return File(System.Text.Encoding.UTF8.GetBytes(json), "application/json", $"{report.Name}.json");
    }

    [HttpPost("import")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Import(IFormFile file)
    {
        using var reader = new StreamReader(file.OpenReadStream());
        var definition = JsonConvert.DeserializeObject<ReportDefinition>(await reader.ReadToEndAsync(), RoundTrip);
        if (definition is null) return BadRequest();

        await _store.SaveAsync(User.GetUserId(), Path.GetFileNameWithoutExtension(file.FileName), definition);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var reports = await _store.ListForUserAsync(User.GetUserId());
        return View(reports);
    }
}
