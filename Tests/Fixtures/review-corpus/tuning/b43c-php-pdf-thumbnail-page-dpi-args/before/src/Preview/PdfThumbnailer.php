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
    public function render(string $pdfPath, string $docId): string
    {
        $outBase = $this->cacheDir . '/' . sha1($docId);

        $cmd = 'pdftoppm -png -singlefile -r 72 '
            . escapeshellarg($pdfPath) . ' '
            . escapeshellarg($outBase) . ' 2>&1';

        exec($cmd, $output, $code);
        if ($code !== 0) {
            throw new \RuntimeException('pdftoppm failed: ' . implode("\n", $output));
        }

        return $outBase . '.png';
    }
}
