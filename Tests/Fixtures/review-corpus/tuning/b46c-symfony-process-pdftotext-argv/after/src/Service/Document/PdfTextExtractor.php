<?php

declare(strict_types=1);

namespace App\Service\Document;

use Symfony\Component\Process\Exception\ProcessFailedException;
use Symfony\Component\Process\Process;

final class PdfTextExtractor
{
    public function __construct(
        private readonly string $pdftotextBinary = '/usr/bin/pdftotext',
        private readonly int $timeoutSeconds = 30,
    ) {
    }

    /**
     * Extracts plain text from an uploaded PDF. $pdfPath is the temporary path the upload
     * handler moved the file to; the client's original file name is never used here.
     */
    public function extract(string $pdfPath, int $maxPages = 50): string
    {
        $process = new Process([
            $this->pdftotextBinary,
            '-layout',
            '-enc', 'UTF-8',
            '-l', (string) $maxPages,
            $pdfPath,
            '-',
        ]);
        $process->setTimeout($this->timeoutSeconds);
        $process->run();

        if (!$process->isSuccessful()) {
            throw new ProcessFailedException($process);
        }

        return $process->getOutput();
    }
}
