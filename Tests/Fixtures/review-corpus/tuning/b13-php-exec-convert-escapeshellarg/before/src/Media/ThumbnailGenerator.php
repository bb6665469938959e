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
        $image = new \Imagick($sourcePath);
        $image->thumbnailImage($width, 0);
        $image->writeImage($targetPath);
        $image->clear();
    }
}