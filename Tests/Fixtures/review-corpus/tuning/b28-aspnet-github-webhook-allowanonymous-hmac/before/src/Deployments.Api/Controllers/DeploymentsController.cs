using System.Security.Claims;
using Deployments.Api.Models;
using Deployments.Api.Options;
using Deployments.Api.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Deployments.Api.Controllers;

[ApiController]
[Route("api/deployments")]
[Authorize(Policy = "DeployersOnly")]
public sealed class DeploymentsController : ControllerBase
{
    private readonly IDeploymentService _deployments;
    private readonly GitHubOptions _github;
    private readonly ILogger<DeploymentsController> _logger;

    public DeploymentsController(
        IDeploymentService deployments,
        IOptions<GitHubOptions> github,
        ILogger<DeploymentsController> logger)
    {
        _deployments = deployments;
        _github = github.Value;
        _logger = logger;
    }

    [HttpGet]
    public async Task<ActionResult<IReadOnlyList<DeploymentDto>>> List(
        [FromQuery] string? environment,
        CancellationToken ct)
    {
        var items = await _deployments.ListAsync(environment, ct);
        return Ok(items);
    }

    [HttpPost]
    public async Task<ActionResult<DeploymentDto>> Create(
        [FromBody] CreateDeploymentRequest request,
        CancellationToken ct)
    {
        var actor = User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? "unknown";
        var deployment = await _deployments.StartAsync(request.Service, request.Ref, request.Environment, actor, ct);
        _logger.LogInformation("{Actor} started deployment {Id} of {Service}@{Ref}",
            actor, deployment.Id, request.Service, request.Ref);
        return CreatedAtAction(nameof(Get), new { id = deployment.Id }, deployment);
    }

    [HttpGet("{id:guid}")]
    public async Task<ActionResult<DeploymentDto>> Get(Guid id, CancellationToken ct)
    {
        var deployment = await _deployments.FindAsync(id, ct);
        return deployment is null ? NotFound() : Ok(deployment);
    }

    [HttpPost("{id:guid}/rollback")]
    [Authorize(Policy = "ReleaseManagers")]
    public async Task<IActionResult> Rollback(Guid id, CancellationToken ct)
    {
        var actor = User.FindFirstValue(ClaimTypes.Email) ?? "unknown";
        var ok = await _deployments.RollbackAsync(id, actor, ct);
        return ok ? Accepted() : NotFound();
    }
}
