using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
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

    /// <summary>
    /// GitHub calls this for workflow_run events, so it carries no bearer token.
    /// Instead every request must carry a valid X-Hub-Signature-256 HMAC made with
    /// the webhook secret (loaded from configuration/Key Vault into GitHubOptions).
    /// </summary>
    [HttpPost("webhooks/github")]
    [AllowAnonymous]
    [RequestSizeLimit(1_048_576)]
    public async Task<IActionResult> GitHubWebhook(CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await Request.Body.CopyToAsync(buffer, ct);
        var payload = buffer.ToArray();

        var header = Request.Headers["X-Hub-Signature-256"].ToString();
        if (!header.StartsWith("sha256=", StringComparison.Ordinal) || string.IsNullOrEmpty(_github.WebhookSecret))
        {
            return Unauthorized();
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(_github.WebhookSecret), payload);
        byte[] provided;
        try
        {
            provided = Convert.FromHexString(header["sha256=".Length..]);
        }
        catch (FormatException)
        {
            return Unauthorized();
        }
        if (!CryptographicOperations.FixedTimeEquals(expected, provided))
        {
            _logger.LogWarning("Rejected GitHub webhook with invalid signature");
            return Unauthorized();
        }

        var evt = JsonSerializer.Deserialize<WorkflowRunEvent>(payload);
        if (Request.Headers["X-GitHub-Event"] == "workflow_run" && evt?.WorkflowRun is { } run)
        {
            await _deployments.RecordWorkflowRunAsync(run.HeadSha, run.Name, run.Conclusion, ct);
        }
        return NoContent();
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
