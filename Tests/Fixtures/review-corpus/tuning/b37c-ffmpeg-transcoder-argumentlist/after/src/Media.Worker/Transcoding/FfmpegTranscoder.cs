using System.Collections.Frozen;
using System.Diagnostics;
using Media.Worker.Jobs;
using Microsoft.Extensions.Options;

namespace Media.Worker.Transcoding;

public sealed class FfmpegTranscoder : ITranscoder
{
    private static readonly FrozenDictionary<string, string[]> Presets = new Dictionary<string, string[]>
    {
        ["720p"] = ["-vf", "scale=-2:720", "-c:v", "libx264", "-preset", "veryfast", "-crf", "23"],
        ["1080p"] = ["-vf", "scale=-2:1080", "-c:v", "libx264", "-preset", "fast", "-crf", "21"],
        ["audio-only"] = ["-vn", "-c:a", "aac", "-b:a", "128k"],
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly TranscoderOptions _options;
    private readonly ILogger<FfmpegTranscoder> _logger;

    public FfmpegTranscoder(IOptions<TranscoderOptions> options, ILogger<FfmpegTranscoder> logger)
    {
        _options = options.Value;
        _logger = logger;
    }

    public async Task<string> TranscodeAsync(TranscodeJob job, CancellationToken ct)
    {
        if (!Presets.TryGetValue(job.Preset, out var presetArgs))
        {
            throw new InvalidJobException($"Unknown preset '{job.Preset}'");
        }

        var input = Path.Combine(_options.WorkDirectory, $"{job.AssetId:N}.src");
        var output = Path.Combine(_options.WorkDirectory, $"{job.AssetId:N}-{job.Preset.ToLowerInvariant()}.mp4");

        var psi = new ProcessStartInfo(_options.FfmpegPath)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            CreateNoWindow = true,
        };
        psi.ArgumentList.Add("-hide_banner");
        psi.ArgumentList.Add("-nostdin");
        psi.ArgumentList.Add("-y");
        psi.ArgumentList.Add("-i");
        psi.ArgumentList.Add(input);
        foreach (var arg in presetArgs)
        {
            psi.ArgumentList.Add(arg);
        }
        psi.ArgumentList.Add("-metadata");
        psi.ArgumentList.Add($"title={job.Title}");
        psi.ArgumentList.Add(output);

        using var process = Process.Start(psi)
            ?? throw new InvalidOperationException("ffmpeg did not start");

        var stderrTask = process.StandardError.ReadToEndAsync(ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.Timeout);

        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TranscodeFailedException($"ffmpeg timed out for asset {job.AssetId}");
        }

        if (process.ExitCode != 0)
        {
            var stderr = await stderrTask;
            _logger.LogWarning("ffmpeg exited {Code} for {AssetId}: {Stderr}",
                process.ExitCode, job.AssetId, stderr[^Math.Min(stderr.Length, 2000)..]);
            throw new TranscodeFailedException($"ffmpeg exited with {process.ExitCode}");
        }

        return output;
    }
}
