using System.Diagnostics;
using Media.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

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

        // Optional ImageMagick-style crop, e.g. ?crop=200x200+10+10, used by the avatar editor.
        var crop = ctx.Request.Query["crop"].ToString();

        var cachePath = Path.Combine(assets.CacheRoot, $"{assetId:N}_{w}_{crop.GetHashCode():x}.webp");
        if (!File.Exists(cachePath))
        {
            logger.LogInformation("Rendering thumbnail {AssetId} at {Width}px", assetId, w);
            var sourcePath = assets.LocalPathFor(asset);
            var cropArgs = string.IsNullOrEmpty(crop) ? "" : $"-crop {crop} +repage";

            // ImageSharp chokes on some HEIC/CMYK uploads; shell out to ImageMagick instead.
            var psi = new ProcessStartInfo
            {
                FileName = "/bin/sh",
                Arguments = $"-c \"magick '{sourcePath}' {cropArgs} -thumbnail {w}x '{cachePath}'\"",
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var proc = Process.Start(psi)!;
            var stderr = await proc.StandardError.ReadToEndAsync(ct);
            await proc.WaitForExitAsync(ct);
            if (proc.ExitCode != 0)
            {
                logger.LogWarning("magick failed for {AssetId}: {Error}", assetId, stderr);
                return TypedResults.BadRequest("could not render thumbnail");
            }
        }

        var stream = File.OpenRead(cachePath);
        return TypedResults.Stream(stream, "image/webp");
    }
}
