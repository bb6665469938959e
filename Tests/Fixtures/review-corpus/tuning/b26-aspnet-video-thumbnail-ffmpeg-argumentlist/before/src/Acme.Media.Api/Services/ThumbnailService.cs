using Acme.Media.Api.Storage;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Processing;
using SixLabors.ImageSharp.Formats.Webp;

namespace Acme.Media.Api.Services;

public sealed class ThumbnailOptions
{
    public int Width { get; set; } = 480;
    public string FfmpegPath { get; set; } = "/usr/bin/ffmpeg";
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

public sealed class ThumbnailService
{
    private readonly IBlobStorage _storage;
    private readonly ThumbnailOptions _options;
    private readonly ILogger<ThumbnailService> _logger;

    public ThumbnailService(IBlobStorage storage, IOptions<ThumbnailOptions> options, ILogger<ThumbnailService> logger)
    {
        _storage = storage;
        _options = options.Value;
        _logger = logger;
    }

    public async Task<string> CreateAsync(MediaItem item, double? atSeconds, CancellationToken ct)
    {
        if (item.ContentType.StartsWith("image/", StringComparison.Ordinal))
        {
            await using var source = await _storage.OpenReadAsync(item.BlobKey, ct);
            return await ResizeAndStoreAsync(item, source, ct);
        }

        throw new UnsupportedMediaException(item.ContentType);
    }

    private async Task<string> ResizeAndStoreAsync(MediaItem item, Stream source, CancellationToken ct)
    {
        using var image = await Image.LoadAsync(source, ct);
        image.Mutate(x => x.Resize(new ResizeOptions
        {
            Size = new Size(_options.Width, 0),
            Mode = ResizeMode.Max,
        }));

        var key = $"thumbnails/{item.Id:N}.webp";
        await using var output = new MemoryStream();
        await image.SaveAsWebpAsync(output, new WebpEncoder { Quality = 80 }, ct);
        output.Position = 0;
        await _storage.WriteAsync(key, output, "image/webp", ct);
        _logger.LogInformation("Created thumbnail {Key} for {MediaId}", key, item.Id);
        return key;
    }
}
