using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Tidepool.Ci.Api.Webhooks;

public static class GitHubWebhookEndpoints
{
    public static IEndpointRouteBuilder MapGitHubWebhooks(this IEndpointRouteBuilder app)
    {
        app.MapPost("/webhooks/github/push", async (
            HttpRequest request,
            IOptions<GitHubAppOptions> options,
            IBuildScheduler scheduler,
            ILogger<PushEvent> logger,
            CancellationToken ct) =>
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync(ct);

            var header = request.Headers["X-Hub-Signature-256"].ToString();
            var expected = "sha256=" + Convert.ToHexString(
                HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.WebhookSecret), Encoding.UTF8.GetBytes(body))).ToLowerInvariant();
            if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(header)))
            {
                logger.LogWarning("GitHub push webhook with bad signature from {Ip}", request.HttpContext.Connection.RemoteIpAddress);
                return Results.Unauthorized();
            }

            var push = System.Text.Json.JsonSerializer.Deserialize<PushEvent>(body, GitHubJson.Options);
            if (push is null) return Results.BadRequest();

            await scheduler.ScheduleAsync(push.Repository.FullName, push.After, push.Ref, ct);
            return Results.Accepted();
        });

        return app;
    }
}
