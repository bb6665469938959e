<?php

declare(strict_types=1);

namespace App\Media;

use RuntimeException;

final class ThumbnailGenerator
{
    public function __construct(private string $convertBinary = '/usr/bin/convert')
    {
    }

    public function generate(string $sourcePath, string $targetPath, int $width = 320): void
    {
        // Imagick segfaults on some HEIC files in our base image, so shell out to convert instead.
        $command = sprintf(
            '%s %s -auto-orient -thumbnail %dx -strip %s 2>&1',
            escapeshellcmd($this->convertBinary),
            escapeshellarg($sourcePath . '[0]'),
            max(16, min($width, 2048)),
            escapeshellarg($targetPath)
        );

        exec($command, $output, $exitCode);

        if ($exitCode !== 0) {
            throw new RuntimeException('convert failed: ' . implode("\n", $output));
        }
    }
}