<?php

declare(strict_types=1);

namespace App\Media;

use App\Entity\Video;
use Psr\Log\LoggerInterface;
use Symfony\Component\Filesystem\Filesystem;
use Symfony\Component\Process\Exception\ProcessFailedException;
use Symfony\Component\Process\Process;

final class PosterFrameGenerator
{
    private const DEFAULT_OFFSET = '00:00:01.000';

    public function __construct(
        private readonly string $mediaDir,
        private readonly string $ffmpegBinary,
        private readonly Filesystem $filesystem,
        private readonly LoggerInterface $logger,
    ) {
    }

    /**
     * Extracts a single JPEG frame used as the <video poster> image.
     */
    public function generate(Video $video): string
    {
        $source = $this->mediaDir.'/originals/'.$video->getStorageKey();
        $target = $this->mediaDir.'/posters/'.$video->getId().'.jpg';

        if (!is_file($source)) {
            throw new \RuntimeException(sprintf('Original for video %s is missing.', $video->getId()));
        }

        $this->filesystem->mkdir(\dirname($target));

        $process = new Process([
            $this->ffmpegBinary,
            '-y',
            '-ss', self::DEFAULT_OFFSET,
            '-i', $source,
            '-frames:v', '1',
            '-q:v', '3',
            $target,
        ]);
        $process->setTimeout(60);

        try {
            $process->mustRun();
        } catch (ProcessFailedException $e) {
            $this->logger->error('Poster extraction failed', [
                'video' => $video->getId(),
                'stderr' => $process->getErrorOutput(),
            ]);

            throw $e;
        }

        return $target;
    }
}
