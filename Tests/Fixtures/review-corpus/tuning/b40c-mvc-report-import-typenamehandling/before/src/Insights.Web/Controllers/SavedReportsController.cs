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
    private readonly ReportStore _store;

    public SavedReportsController(ReportStore store) => _store = store;

    [HttpGet("{id:guid}/export")]
    public async Task<IActionResult> Export(Guid id)
    {
        var report = await _store.FindForUserAsync(id, User.GetUserId());
        if (report is null) return NotFound();

        var json = JsonConvert.SerializeObject(report.Definition, Formatting.Indented);
        return File(System.Text.Encoding.UTF8.GetBytes(json), "application/json", $"{report.Name}.json");
    }

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var reports = await _store.ListForUserAsync(User.GetUserId());
        return View(reports);
    }
}
