<?php

declare(strict_types=1);

namespace App\Podcast;

use App\Entity\Episode;
use Psr\Log\LoggerInterface;
use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\Process\Exception\ProcessFailedException;
use Symfony\Component\Process\Process;

final class EpisodeTranscoder
{
    public function __construct(
        #[Autowire('%kernel.project_dir%/var/episodes')]
        private readonly string $storageDir,
        #[Autowire('%env(FFMPEG_PATH)%')]
        private readonly string $ffmpeg,
        private readonly LoggerInterface $logger,
    ) {
    }

    /**
     * Converts the uploaded master to a 128 kbit/s MP3 for the public feed.
     */
    public function transcode(Episode $episode): string
    {
        $input = sprintf('%s/masters/%s', $this->storageDir, $episode->getMasterFile());
        $output = sprintf('%s/public/%s.mp3', $this->storageDir, $episode->getUuid());

        $process = new Process([
            $this->ffmpeg,
            '-hide_banner',
            '-y',
            '-i', $input,
            '-codec:a', 'libmp3lame',
            '-b:a', '128k',
            '-ac', '2',
            $output,
        ]);
        $process->setTimeout(900);

        try {
            $process->mustRun();
        } catch (ProcessFailedException $e) {
            $this->logger->error('Transcode failed for episode {id}: {err}', [
                'id' => $episode->getId(),
                'err' => $process->getErrorOutput(),
            ]);
            throw $e;
        }

        return $output;
    }
}
