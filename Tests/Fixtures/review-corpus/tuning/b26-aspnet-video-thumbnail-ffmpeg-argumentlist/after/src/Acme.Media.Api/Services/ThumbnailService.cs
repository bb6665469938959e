using System.Diagnostics;
using System.Globalization;
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

        if (item.ContentType.StartsWith("video/", StringComparison.Ordinal))
        {
            var offset = Math.Clamp(atSeconds ?? 1.0, 0, item.DurationSeconds ?? 1.0);
            var videoPath = Path.Combine(Path.GetTempPath(), $"{item.Id:N}.src");
            var framePath = Path.Combine(Path.GetTempPath(), $"{item.Id:N}.png");
            try
            {
                await _storage.DownloadToFileAsync(item.BlobKey, videoPath, ct);
                await ExtractFrameAsync(videoPath, framePath, offset, ct);
                await using var frame = File.OpenRead(framePath);
                return await ResizeAndStoreAsync(item, frame, ct);
            }
            finally
            {
                File.Delete(videoPath);
                File.Delete(framePath);
            }
        }

        throw new UnsupportedMediaException(item.ContentType);
    }

    // Runs ffmpeg directly (no shell); each argument is passed as its own argv entry.
    private async Task ExtractFrameAsync(string input, string output, double offsetSeconds, CancellationToken ct)
    {
        var psi = new ProcessStartInfo(_options.FfmpegPath)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        psi.ArgumentList.Add("-nostdin");
        psi.ArgumentList.Add("-y");
        psi.ArgumentList.Add("-ss");
        psi.ArgumentList.Add(offsetSeconds.ToString("0.###", CultureInfo.InvariantCulture));
        psi.ArgumentList.Add("-i");
        psi.ArgumentList.Add(input);
        psi.ArgumentList.Add("-frames:v");
        psi.ArgumentList.Add("1");
        psi.ArgumentList.Add(output);

        using var process = Process.Start(psi) ?? throw new InvalidOperationException("ffmpeg did not start");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.Timeout);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            _logger.LogWarning("ffmpeg exited with {Code}: {Stderr}", process.ExitCode, await stderr);
            throw new ThumbnailFailedException(process.ExitCode);
        }
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
