using Media.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Processing;

namespace Media.Api.Endpoints;

public static class ThumbnailEndpoints
{
    private static readonly int[] AllowedWidths = [64, 128, 256, 512];

    public static IEndpointRouteBuilder MapThumbnailEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/media").RequireAuthorization();

        group.MapGet("/{assetId:guid}/thumbnail", GetThumbnailAsync)
            .WithName("GetThumbnail")
            .Produces(StatusCodes.Status200OK, contentType: "image/webp");

        return app;
    }

    private static async Task<Results<FileStreamHttpResult, NotFound, BadRequest<string>>> GetThumbnailAsync(
        Guid assetId,
        int? width,
        HttpContext ctx,
        IAssetStore assets,
        ILogger<Program> logger,
        CancellationToken ct)
    {
        var w = width ?? 256;
        if (!AllowedWidths.Contains(w))
        {
            return TypedResults.BadRequest($"width must be one of {string.Join(", ", AllowedWidths)}");
        }

        var asset = await assets.FindAsync(ctx.User, assetId, ct);
        if (asset is null)
        {
            return TypedResults.NotFound();
        }

        var cachePath = Path.Combine(assets.CacheRoot, $"{assetId:N}_{w}.webp");
        if (!File.Exists(cachePath))
        {
            logger.LogInformation("Rendering thumbnail {AssetId} at {Width}px", assetId, w);
            await using var source = await assets.OpenReadAsync(asset, ct);
            using var image = await Image.LoadAsync(source, ct);
            image.Mutate(x => x.Resize(new ResizeOptions
            {
                Size = new Size(w, 0),
                Mode = ResizeMode.Max,
            }));
            await image.SaveAsWebpAsync(cachePath, ct);
        }

        var stream = File.OpenRead(cachePath);
        return TypedResults.Stream(stream, "image/webp");
    }
}
