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

    /**
     * @param int|null    $firstPage from the upload form ("only read pages ... to ...")
     * @param int|null    $lastPage  idem
     * @param string|null $password  user password for encrypted statements (several banks send these)
     */
    public function extract(string $pdfPath, ?int $firstPage = null, ?int $lastPage = null, ?string $password = null): string
    {
        if (!is_file($pdfPath)) {
            throw new RuntimeException('statement file is missing');
        }

        $options = ['-layout', '-enc UTF-8'];
        if ($firstPage !== null) {
            $options[] = '-f ' . max(1, $firstPage);
        }
        if ($lastPage !== null) {
            $options[] = '-l ' . max(1, $lastPage);
        }
        if ($password !== null && $password !== '') {
            $options[] = '-upw ' . escapeshellarg($password);
        }

        $cmd = $this->binary . ' ' . implode(' ', $options) . ' ' . escapeshellarg($pdfPath) . ' - 2>&1';
        exec($cmd, $lines, $status);

        if ($status !== 0) {
            throw new RuntimeException('pdftotext failed: ' . implode("\n", $lines));
        }

        return implode("\n", $lines);
    }
}
