using System.Data;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chatter.Api.Endpoints;

public static class LinkPreviewEndpoints
{
    public sealed record LinkPreview(long Id, string Url, string? Title, string? Description, string? ImageUrl);

    public static IEndpointRouteBuilder MapLinkPreviews(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/previews").RequireAuthorization();

        group.MapGet("/{id:long}", GetPreview);

        return app;
    }

    private static async Task<Results<Ok<LinkPreview>, NotFound>> GetPreview(long id, IDbConnection db)
    {
        var preview = await db.QuerySingleOrDefaultAsync<LinkPreview>(
            "SELECT id, url, title, description, image_url AS ImageUrl FROM link_previews WHERE id = @id",
            new { id });

        return preview is null ? TypedResults.NotFound() : TypedResults.Ok(preview);
    }
}
