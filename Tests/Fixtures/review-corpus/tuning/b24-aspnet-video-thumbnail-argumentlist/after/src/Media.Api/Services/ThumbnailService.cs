using System.Diagnostics;
using System.Globalization;
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

    private static readonly HashSet<string> VideoExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".mp4", ".mov", ".webm", ".mkv",
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

        if (VideoExtensions.Contains(ext))
        {
            var videoPath = Path.Combine(_workDir, $"{Guid.NewGuid():N}{ext.ToLowerInvariant()}");
            var framePath = Path.ChangeExtension(videoPath, ".png");
            try
            {
                await using (var file = File.Create(videoPath))
                {
                    await upload.CopyToAsync(file, ct);
                }
                var seek = Math.Clamp(atSeconds ?? 1.0, 0, 3600);
                await ExtractFrameAsync(videoPath, framePath, seek, ct);
                await using var frame = File.OpenRead(framePath);
                return await ResizeAsync(frame, ct);
            }
            finally
            {
                File.Delete(videoPath);
                File.Delete(framePath);
            }
        }

        throw new UnsupportedMediaException($"cannot make a thumbnail for '{ext}' files");
    }

    private async Task ExtractFrameAsync(string videoPath, string framePath, double seekSeconds, CancellationToken ct)
    {
        var psi = new ProcessStartInfo("ffmpeg")
        {
            UseShellExecute = false,
            RedirectStandardError = true,
        };
        psi.ArgumentList.Add("-nostdin");
        psi.ArgumentList.Add("-ss");
        psi.ArgumentList.Add(seekSeconds.ToString("0.###", CultureInfo.InvariantCulture));
        psi.ArgumentList.Add("-i");
        psi.ArgumentList.Add(videoPath);
        psi.ArgumentList.Add("-frames:v");
        psi.ArgumentList.Add("1");
        psi.ArgumentList.Add("-y");
        psi.ArgumentList.Add(framePath);

        using var proc = Process.Start(psi) ?? throw new InvalidOperationException("ffmpeg did not start");
        var stderr = await proc.StandardError.ReadToEndAsync(ct);
        await proc.WaitForExitAsync(ct);
        if (proc.ExitCode != 0)
        {
            _logger.LogWarning("ffmpeg exited {Code}: {Stderr}", proc.ExitCode, stderr);
            throw new UnsupportedMediaException("could not read a frame from the video");
        }
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
