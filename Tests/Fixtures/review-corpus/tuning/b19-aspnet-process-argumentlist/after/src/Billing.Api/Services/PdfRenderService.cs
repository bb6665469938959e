using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Billing.Api.Services;

public sealed class PdfRenderOptions
{
    public string BinaryPath { get; set; } = "/usr/local/bin/wkhtmltopdf";
    public string WorkDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "billing-pdf");
    public int TimeoutSeconds { get; set; } = 30;
}

public interface IPdfRenderService
{
    Task<byte[]> RenderAsync(string html, string documentTitle, CancellationToken ct);
}

public sealed class PdfRenderService : IPdfRenderService
{
    private readonly PdfRenderOptions _options;
    private readonly ILogger<PdfRenderService> _logger;

    public PdfRenderService(IOptions<PdfRenderOptions> options, ILogger<PdfRenderService> logger)
    {
        _options = options.Value;
        _logger = logger;
        Directory.CreateDirectory(_options.WorkDirectory);
    }

    public async Task<byte[]> RenderAsync(string html, string documentTitle, CancellationToken ct)
    {
        var jobId = Guid.NewGuid().ToString("N");
        var inputPath = Path.Combine(_options.WorkDirectory, $"{jobId}.html");
        var outputPath = Path.Combine(_options.WorkDirectory, $"{jobId}.pdf");

        await File.WriteAllTextAsync(inputPath, html, Encoding.UTF8, ct);
        try
        {
            var psi = new ProcessStartInfo(_options.BinaryPath)
            {
                UseShellExecute = false,
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                CreateNoWindow = true,
            };
            psi.ArgumentList.Add("--quiet");
            psi.ArgumentList.Add("--disable-local-file-access");
            psi.ArgumentList.Add("--page-size");
            psi.ArgumentList.Add("A4");
            psi.ArgumentList.Add("--title");
            psi.ArgumentList.Add(documentTitle);
            psi.ArgumentList.Add(inputPath);
            psi.ArgumentList.Add(outputPath);

            using var process = new Process { StartInfo = psi };
            process.Start();

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));

            var stderrTask = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("PDF rendering timed out");
            }

            if (process.ExitCode != 0)
            {
                var stderr = await stderrTask;
                _logger.LogWarning("wkhtmltopdf exited with {Code}: {Error}", process.ExitCode, stderr);
                throw new InvalidOperationException("PDF rendering failed");
            }

            return await File.ReadAllBytesAsync(outputPath, ct);
        }
        finally
        {
            TryDelete(inputPath);
            TryDelete(outputPath);
        }
    }

    private void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
        catch (IOException ex)
        {
            _logger.LogDebug(ex, "could not remove temp file {Path}", path);
        }
    }
}