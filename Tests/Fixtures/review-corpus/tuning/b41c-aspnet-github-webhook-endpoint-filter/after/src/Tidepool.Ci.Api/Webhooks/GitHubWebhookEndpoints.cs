using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Tidepool.Ci.Api.Webhooks;

public static class GitHubWebhookEndpoints
{
    public static IEndpointRouteBuilder MapGitHubWebhooks(this IEndpointRouteBuilder app)
    {
        var github = app.MapGroup("/webhooks/github")
            .AddEndpointFilter<GitHubSignatureFilter>();

        // Handlers read the body themselves: a bound body parameter would be consumed before the filter runs.
        github.MapPost("/push", async (HttpRequest request, IBuildScheduler scheduler, CancellationToken ct) =>
        {
            var push = await request.ReadFromJsonAsync<PushEvent>(GitHubJson.Options, ct);
            if (push is null) return Results.BadRequest();
            await scheduler.ScheduleAsync(push.Repository.FullName, push.After, push.Ref, ct);
            return Results.Accepted();
        });

        // Builds for PRs from branches in the same repo only; fork PRs are labelled for manual approval.
        github.MapPost("/pull-request", async (HttpRequest request, IBuildScheduler scheduler, CancellationToken ct) =>
        {
            var pr = await request.ReadFromJsonAsync<PullRequestEvent>(GitHubJson.Options, ct);
            if (pr is null) return Results.BadRequest();
            if (pr.Action is not ("opened" or "synchronize" or "reopened")) return Results.NoContent();
            if (pr.PullRequest.Head.Repo.FullName != pr.Repository.FullName)
            {
                await scheduler.RequestApprovalAsync(pr.Repository.FullName, pr.Number, ct);
                return Results.Accepted();
            }
            await scheduler.ScheduleAsync(pr.Repository.FullName, pr.PullRequest.Head.Sha, $"refs/pull/{pr.Number}/head", ct);
            return Results.Accepted();
        });

        return app;
    }
}

/// <summary>
/// Verifies X-Hub-Signature-256 over the raw body for every endpoint in the group. The body is
/// buffered and rewound so the handler can deserialize it afterwards.
/// </summary>
internal sealed class GitHubSignatureFilter(IOptions<GitHubAppOptions> options, ILogger<GitHubSignatureFilter> logger)
    : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        request.EnableBuffering();
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, context.HttpContext.RequestAborted);
        request.Body.Position = 0;

        var header = request.Headers["X-Hub-Signature-256"].ToString();
        var expected = "sha256=" + Convert.ToHexString(
            HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.WebhookSecret), buffer.ToArray())).ToLowerInvariant();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(header)))
        {
            logger.LogWarning("GitHub webhook {Path} with bad signature from {Ip}",
                request.Path, context.HttpContext.Connection.RemoteIpAddress);
            return Results.Unauthorized();
        }

        return await next(context);
    }
}
