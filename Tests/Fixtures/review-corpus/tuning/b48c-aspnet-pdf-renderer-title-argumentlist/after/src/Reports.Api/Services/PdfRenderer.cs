using System.Diagnostics;

namespace Reports.Api.Services;

public sealed class PdfRenderer
{
    private readonly string _binary;
    private readonly ILogger<PdfRenderer> _logger;

    public PdfRenderer(IConfiguration config, ILogger<PdfRenderer> logger)
    {
        _binary = config["Rendering:WkhtmltopdfPath"] ?? "/usr/local/bin/wkhtmltopdf";
        _logger = logger;
    }

    public async Task<byte[]> RenderAsync(string htmlPath, string reportTitle, CancellationToken ct)
    {
        var output = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.pdf");
        var psi = new ProcessStartInfo(_binary)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
        };
        psi.ArgumentList.Add("--quiet");
        psi.ArgumentList.Add("--disable-local-file-access");
        psi.ArgumentList.Add("--title");
        psi.ArgumentList.Add(reportTitle);
        psi.ArgumentList.Add(htmlPath);
        psi.ArgumentList.Add(output);

        using var proc = Process.Start(psi) ?? throw new InvalidOperationException("wkhtmltopdf did not start");
        var stderr = await proc.StandardError.ReadToEndAsync(ct);
        await proc.WaitForExitAsync(ct);
        if (proc.ExitCode != 0)
        {
            _logger.LogWarning("wkhtmltopdf exited {Code}: {Err}", proc.ExitCode, stderr);
            throw new InvalidOperationException("PDF rendering failed");
        }

        try { return await File.ReadAllBytesAsync(output, ct); }
        finally { File.Delete(output); }
    }
}
