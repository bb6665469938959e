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
        #[Autowire('%env(FFPROBE_PATH)%')]
        private readonly string $ffprobe,
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

        $duration = $this->probeDuration($input);
        if ($duration > 4 * 3600) {
            throw new \DomainException(sprintf('Episode %d is longer than 4 hours (%.0fs).', $episode->getId(), $duration));
        }

        $process = new Process([
            $this->ffmpeg,
            '-hide_banner',
            '-y',
            '-i', $input,
            '-codec:a', 'libmp3lame',
            '-b:a', '128k',
            '-ac', '2',
            '-id3v2_version', '3',
            '-metadata', 'title='.$episode->getTitle(),
            '-metadata', 'artist='.$episode->getShow()->getName(),
            '-metadata', 'track='.$episode->getNumber(),
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

        $episode->setDurationSeconds((int) round($duration));

        return $output;
    }

    private function probeDuration(string $input): float
    {
        $probe = new Process([
            $this->ffprobe,
            '-v', 'error',
            '-show_entries', 'format=duration',
            '-of', 'default=noprint_wrappers=1:nokey=1',
            $input,
        ]);
        $probe->setTimeout(30);
        $probe->mustRun();

        return (float) trim($probe->getOutput());
    }
}
