using Billing.Api.Options;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;

namespace Billing.Api.Endpoints;

public static class StatementEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static RouteGroupBuilder MapStatementEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/statements")
            .RequireAuthorization("CustomerPortal")
            .WithTags("Statements");

        group.MapGet("/", ListStatements);
        group.MapGet("/{fileName}", DownloadStatement);

        return group;
    }

    private static IResult ListStatements(
        HttpContext http,
        IOptions<StatementStorageOptions> options)
    {
        var accountId = http.User.FindFirst("account_id")?.Value;
        if (accountId is null)
        {
            return Results.Forbid();
        }

        var root = Path.Combine(options.Value.RootPath, accountId);
        if (!Directory.Exists(root))
        {
            return Results.Ok(Array.Empty<string>());
        }

        var files = Directory.EnumerateFiles(root, "*.pdf")
            .Select(Path.GetFileName)
            .OrderDescending()
            .ToArray();
        return Results.Ok(files);
    }

    private static IResult DownloadStatement(
        string fileName,
        HttpContext http,
        IOptions<StatementStorageOptions> options,
        ILogger<StatementStorageOptions> logger)
    {
        var accountId = http.User.FindFirst("account_id")?.Value;
        if (accountId is null)
        {
            return Results.Forbid();
        }

        var safeName = Path.GetFileName(fileName);
        if (string.IsNullOrEmpty(safeName) || safeName != fileName)
        {
            logger.LogWarning("Rejected statement name {FileName} for {AccountId}", fileName, accountId);
            return Results.BadRequest();
        }

        var fullPath = Path.Combine(options.Value.RootPath, accountId, safeName);
        if (!File.Exists(fullPath))
        {
            return Results.NotFound();
        }

        if (!ContentTypes.TryGetContentType(fullPath, out var contentType))
        {
            contentType = "application/octet-stream";
        }

        return Results.File(fullPath, contentType, safeName);
    }
}
