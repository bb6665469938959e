using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Processing;

namespace Media.Api.Services;

public sealed class ThumbnailService
{
    private static readonly HashSet<string> ImageExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".png", ".gif", ".webp",
    };

    private const int ThumbWidth = 480;

    private readonly ILogger<ThumbnailService> _logger;
    private readonly string _workDir;

    public ThumbnailService(ILogger<ThumbnailService> logger, IConfiguration config)
    {
        _logger = logger;
        _workDir = config["Media:WorkDir"] ?? Path.GetTempPath();
    }

    public async Task<byte[]> CreateAsync(IFormFile upload, double? atSeconds, CancellationToken ct)
    {
        var ext = Path.GetExtension(upload.FileName);
        if (ImageExtensions.Contains(ext))
        {
            await using var input = upload.OpenReadStream();
            return await ResizeAsync(input, ct);
        }

        throw new UnsupportedMediaException($"cannot make a thumbnail for '{ext}' files");
    }

    private static async Task<byte[]> ResizeAsync(Stream input, CancellationToken ct)
    {
        using var image = await Image.LoadAsync(input, ct);
        image.Mutate(x => x.Resize(new ResizeOptions
        {
            Size = new Size(ThumbWidth, 0),
            Mode = ResizeMode.Max,
        }));

        using var output = new MemoryStream();
        await image.SaveAsync(output, new WebpEncoder { Quality = 80 }, ct);
        return output.ToArray();
    }
}

public sealed class UnsupportedMediaException(string message) : Exception(message);
