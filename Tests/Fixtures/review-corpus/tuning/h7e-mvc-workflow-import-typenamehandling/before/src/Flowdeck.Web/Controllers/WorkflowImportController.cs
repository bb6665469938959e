using Flowdeck.Core.Workflows;
using Flowdeck.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace Flowdeck.Web.Controllers;

[Authorize(Roles = "WorkflowEditor")]
[Route("workflows/import")]
public class WorkflowImportController : Controller
{
    private static readonly JsonSerializerSettings ImportSettings = new()
    {
        MissingMemberHandling = MissingMemberHandling.Ignore,
        NullValueHandling = NullValueHandling.Ignore,
        Converters = { new StringEnumConverter() },
    };

    private readonly IWorkflowRepository _workflows;
    private readonly ILogger<WorkflowImportController> _logger;

    public WorkflowImportController(IWorkflowRepository workflows, ILogger<WorkflowImportController> logger)
    {
        _workflows = workflows;
        _logger = logger;
    }

    [HttpGet("")]
    public IActionResult Index() => View(new WorkflowImportViewModel());

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(2 * 1024 * 1024)]
    public async Task<IActionResult> Upload(IFormFile? definitionFile, CancellationToken ct)
    {
        if (definitionFile is null || definitionFile.Length == 0)
        {
            ModelState.AddModelError(nameof(definitionFile), "Choose a workflow export (.json) to import.");
            return View("Index", new WorkflowImportViewModel());
        }

        string json;
        using (var reader = new StreamReader(definitionFile.OpenReadStream()))
        {
            json = await reader.ReadToEndAsync(ct);
        }

        WorkflowDefinition? definition;
        try
        {
            definition = JsonConvert.DeserializeObject<WorkflowDefinition>(json, ImportSettings);
        }
        catch (JsonException ex)
        {
            _logger.LogInformation(ex, "Rejected workflow import {FileName}", definitionFile.FileName);
            ModelState.AddModelError(nameof(definitionFile), "The file is not a valid workflow export.");
            return View("Index", new WorkflowImportViewModel());
        }

        if (definition is null || definition.Steps.Count == 0)
        {
            ModelState.AddModelError(nameof(definitionFile), "The workflow has no steps.");
            return View("Index", new WorkflowImportViewModel());
        }

        definition.Id = Guid.NewGuid();
        definition.ImportedBy = User.Identity?.Name;
        await _workflows.AddAsync(definition, ct);

        TempData["Flash"] = $"Imported \"{definition.Name}\" with {definition.Steps.Count} steps.";
        return RedirectToAction("Edit", "Workflows", new { id = definition.Id });
    }
}
