<?php

declare(strict_types=1);

namespace Docshelf\Preview;

final class PdfThumbnailer
{
    public function __construct(private string $cacheDir)
    {
    }

    /**
     * Renders the first page of $pdfPath to a PNG and returns the PNG path.
     */
    public function render(string $pdfPath, string $docId, int $page = 1, int $dpi = 72): string
    {
        $page = max(1, $page);
        $dpi = min(max($dpi, 36), 300);
        $outBase = $this->cacheDir . '/' . sha1($docId . ':' . $page . ':' . $dpi);

        $cmd = sprintf(
            'pdftoppm -png -singlefile -f %d -l %d -r %d %s %s 2>&1',
            $page,
            $page,
            $dpi,
            escapeshellarg($pdfPath),
            escapeshellarg($outBase)
        );

        exec($cmd, $output, $code);
        if ($code !== 0) {
            throw new \RuntimeException('pdftoppm failed: ' . implode("\n", $output));
        }

        return $outBase . '.png';
    }
}
