using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Media.Worker.Thumbnails;

public sealed class FfmpegThumbnailer : IThumbnailer
{
    private static readonly TimeSpan DefaultOffset = TimeSpan.FromSeconds(1);

    private readonly string _ffmpegPath;
    private readonly ILogger<FfmpegThumbnailer> _log;

    public FfmpegThumbnailer(MediaWorkerOptions options, ILogger<FfmpegThumbnailer> log)
    {
        _ffmpegPath = options.FfmpegPath;
        _log = log;
    }

    /// <param name="at">Poster frame position chosen by the uploader in the editor.</param>
    public async Task<string> CreateAsync(string sourcePath, TimeSpan? at, CancellationToken ct)
    {
        var output = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.jpg");
        var offset = Math.Clamp((at ?? DefaultOffset).TotalSeconds, 0, 3600);

        var psi = new ProcessStartInfo(_ffmpegPath)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
        };
        foreach (var arg in new[]
                 {
                     "-hide_banner", "-loglevel", "error",
                     "-ss", offset.ToString("0.###", CultureInfo.InvariantCulture),
                     "-i", sourcePath,
                     "-frames:v", "1",
                     "-vf", "scale=480:-2",
                     output,
                 })
        {
            psi.ArgumentList.Add(arg);
        }

        using var process = Process.Start(psi)!;
        var stderr = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);

        if (process.ExitCode != 0)
        {
            _log.LogWarning("ffmpeg failed for {Source} at {Offset}s: {Error}", sourcePath, offset, stderr);
            throw new ThumbnailException($"ffmpeg exited with {process.ExitCode}");
        }

        return output;
    }
}
