using System.Diagnostics;
using System.Text.Json;

namespace Media.Worker.Probing;

public sealed class FfprobeRunner(ILogger<FfprobeRunner> logger)
{
    private const string Executable = "/usr/bin/ffprobe";

    public async Task<ProbeResult> ProbeAsync(string localPath, CancellationToken ct)
    {
        var psi = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("-v");
        psi.ArgumentList.Add("error");
        psi.ArgumentList.Add("-print_format");
        psi.ArgumentList.Add("json");
        psi.ArgumentList.Add("-show_format");
        psi.ArgumentList.Add(localPath);

        using var process = Process.Start(psi) ?? throw new InvalidOperationException("ffprobe did not start");
        var stdout = await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);

        if (process.ExitCode != 0)
        {
            logger.LogWarning("ffprobe exited with {Code} for {Path}", process.ExitCode, localPath);
            return ProbeResult.Unreadable;
        }

        return JsonSerializer.Deserialize<ProbeResult>(stdout) ?? ProbeResult.Unreadable;
    }
}
