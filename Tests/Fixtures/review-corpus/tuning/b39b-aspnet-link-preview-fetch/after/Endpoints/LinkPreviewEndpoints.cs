using System.Data;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chatter.Api.Endpoints;

public static class LinkPreviewEndpoints
{
    public sealed record LinkPreview(long Id, string Url, string? Title, string? Description, string? ImageUrl);

    public sealed record CreatePreviewRequest(string Url);

    public static IEndpointRouteBuilder MapLinkPreviews(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/previews").RequireAuthorization();

        group.MapGet("/{id:long}", GetPreview);
        group.MapPost("/", CreatePreview);

        return app;
    }

    private static async Task<Results<Ok<LinkPreview>, NotFound>> GetPreview(long id, IDbConnection db)
    {
        var preview = await db.QuerySingleOrDefaultAsync<LinkPreview>(
            "SELECT id, url, title, description, image_url AS ImageUrl FROM link_previews WHERE id = @id",
            new { id });

        return preview is null ? TypedResults.NotFound() : TypedResults.Ok(preview);
    }

    // Called by the composer as soon as a message contains a link.
    private static async Task<Results<Ok<LinkPreview>, BadRequest<string>>> CreatePreview(
        CreatePreviewRequest body, IHttpClientFactory httpFactory, IDbConnection db, CancellationToken ct)
    {
        if (!Uri.TryCreate(body.Url, UriKind.Absolute, out var target) ||
            (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps))
        {
            return TypedResults.BadRequest("url must be an absolute http(s) URL");
        }

        var html = await httpFactory.CreateClient("previews").GetStringAsync(target, ct);
        var meta = OpenGraph.Parse(html);
        // No og: tags (plain pages, JSON, text): fall back to the start of the body.
        var description = meta.Description ?? Snippet(html, 300);

        var id = await db.ExecuteScalarAsync<long>(
            "INSERT INTO link_previews (url, title, description, image_url) VALUES (@Url, @Title, @Description, @ImageUrl) RETURNING id",
            new { Url = target.ToString(), meta.Title, Description = description, meta.ImageUrl });

        return TypedResults.Ok(new LinkPreview(id, target.ToString(), meta.Title, description, meta.ImageUrl));
    }

    private static string Snippet(string text, int max) =>
        text.Length <= max ? text : text[..max];
}
