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
    public function generate(Video $video, ?string $offset = null): string
    {
        $source = $this->mediaDir.'/originals/'.$video->getStorageKey();
        $target = $this->mediaDir.'/posters/'.$video->getId().'.jpg';

        if (!is_file($source)) {
            throw new \RuntimeException(sprintf('Original for video %s is missing.', $video->getId()));
        }

        $this->filesystem->mkdir(\dirname($target));

        // Burn the title into the lower third so shared posters are recognisable.
        $filter = sprintf(
            "drawtext=fontfile=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf:text='%s':fontcolor=white:fontsize=36:box=1:boxcolor=black@0.5:x=(w-text_w)/2:y=h-th-40",
            $video->getTitle()
        );

        $process = Process::fromShellCommandline(sprintf(
            '%s -y -ss %s -i %s -vf "%s" -frames:v 1 -q:v 3 %s',
            $this->ffmpegBinary,
            $offset ?? self::DEFAULT_OFFSET,
            escapeshellarg($source),
            $filter,
            escapeshellarg($target)
        ));
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
