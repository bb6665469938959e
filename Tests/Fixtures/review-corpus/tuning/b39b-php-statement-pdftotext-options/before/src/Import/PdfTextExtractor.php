<?php

declare(strict_types=1);

namespace Acme\Import;

use RuntimeException;

/**
 * Pulls plain text out of uploaded bank statements so the matcher can find IBANs and amounts.
 */
final class PdfTextExtractor
{
    public function __construct(private string $binary = '/usr/bin/pdftotext')
    {
    }

    public function extract(string $pdfPath): string
    {
        if (!is_file($pdfPath)) {
            throw new RuntimeException('statement file is missing');
        }

        $cmd = $this->binary . ' -layout -enc UTF-8 ' . escapeshellarg($pdfPath) . ' - 2>&1';
        exec($cmd, $lines, $status);

        if ($status !== 0) {
            throw new RuntimeException('pdftotext failed: ' . implode("\n", $lines));
        }

        return implode("\n", $lines);
    }
}
