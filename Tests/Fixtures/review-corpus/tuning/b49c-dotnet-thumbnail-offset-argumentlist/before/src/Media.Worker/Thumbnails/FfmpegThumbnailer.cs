using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Media.Worker.Thumbnails;

public sealed class FfmpegThumbnailer : IThumbnailer
{
    private readonly string _ffmpegPath;
    private readonly ILogger<FfmpegThumbnailer> _log;

    public FfmpegThumbnailer(MediaWorkerOptions options, ILogger<FfmpegThumbnailer> log)
    {
        _ffmpegPath = options.FfmpegPath;
        _log = log;
    }

    public async Task<string> CreateAsync(string sourcePath, CancellationToken ct)
    {
        var output = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.jpg");

        var psi = new ProcessStartInfo(_ffmpegPath)
        {
            Arguments = $"-hide_banner -loglevel error -ss 1 -i \"{sourcePath}\" -frames:v 1 -vf scale=480:-2 \"{output}\"",
            UseShellExecute = false,
            RedirectStandardError = true,
        };

        using var process = Process.Start(psi)!;
        var stderr = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);

        if (process.ExitCode != 0)
        {
            _log.LogWarning("ffmpeg failed for {Source}: {Error}", sourcePath, stderr);
            throw new ThumbnailException($"ffmpeg exited with {process.ExitCode}");
        }

        return output;
    }
}
