using System.Diagnostics;

namespace Media.Worker.Thumbnails;

public sealed class VideoThumbnailer
{
    private readonly string _ffmpegPath;
    private readonly ILogger<VideoThumbnailer> _log;

    public VideoThumbnailer(IConfiguration config, ILogger<VideoThumbnailer> log)
    {
        _ffmpegPath = config["Media:FfmpegPath"] ?? "/usr/bin/ffmpeg";
        _log = log;
    }

    public async Task<string> CreateAsync(string storedVideoPath, CancellationToken ct)
    {
        var output = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.jpg");

        var psi = new ProcessStartInfo(_ffmpegPath)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
        };
        psi.ArgumentList.Add("-i");
        psi.ArgumentList.Add(storedVideoPath);
        psi.ArgumentList.Add("-frames:v");
        psi.ArgumentList.Add("1");
        psi.ArgumentList.Add(output);

        using var proc = Process.Start(psi)!;
        var stderr = await proc.StandardError.ReadToEndAsync(ct);
        await proc.WaitForExitAsync(ct);

        if (proc.ExitCode != 0)
        {
            _log.LogWarning("ffmpeg exited {Code}: {Err}", proc.ExitCode, stderr);
            throw new ThumbnailException("thumbnail generation failed");
        }

        return output;
    }
}
