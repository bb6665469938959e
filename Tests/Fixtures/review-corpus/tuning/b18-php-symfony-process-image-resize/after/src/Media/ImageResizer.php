<?php

declare(strict_types=1);

namespace App\Media;

use Psr\Log\LoggerInterface;
use RuntimeException;
use Symfony\Component\Filesystem\Filesystem;
use Symfony\Component\Process\Exception\ProcessFailedException;
use Symfony\Component\Process\Process;

/**
 * Produces resized WebP renditions of uploaded product photos with
 * ImageMagick. Commands are built as argument arrays, so Symfony Process
 * executes `magick` directly without a shell.
 */
final class ImageResizer
{
    /** @var array<string, array{int, int}> */
    public const PRESETS = [
        'thumb' => [160, 160],
        'card' => [480, 360],
        'zoom' => [1600, 1600],
    ];

    public function __construct(
        private readonly string $magickBinary,
        private readonly string $workDir,
        private readonly Filesystem $fs,
        private readonly LoggerInterface $logger,
    ) {
    }

    /**
     * @return array<string, string> preset name => output path
     */
    public function renditions(string $sourcePath, string $productId): array
    {
        if (!preg_match('/^[0-9]{1,12}$/', $productId)) {
            throw new \InvalidArgumentException('product id must be numeric');
        }
        if (!is_file($sourcePath)) {
            throw new RuntimeException('source image missing');
        }

        $outDir = $this->workDir . '/' . $productId;
        $this->fs->mkdir($outDir, 0750);

        $outputs = [];
        foreach (self::PRESETS as $name => [$width, $height]) {
            $target = sprintf('%s/%s.webp', $outDir, $name);
            $this->run([
                $this->magickBinary,
                $sourcePath . '[0]',
                '-auto-orient',
                '-strip',
                '-resize', sprintf('%dx%d>', $width, $height),
                '-quality', '82',
                'webp:' . $target,
            ]);
            $outputs[$name] = $target;
        }

        return $outputs;
    }

    /**
     * @param list<string> $command
     */
    private function run(array $command): void
    {
        $process = new Process($command, null, ['MAGICK_THREAD_LIMIT' => '2'], null, 60);
        $process->run();

        if (!$process->isSuccessful()) {
            $this->logger->error('ImageMagick failed', [
                'exit' => $process->getExitCode(),
                'stderr' => mb_substr($process->getErrorOutput(), 0, 2000),
            ]);
            throw new ProcessFailedException($process);
        }
    }
}