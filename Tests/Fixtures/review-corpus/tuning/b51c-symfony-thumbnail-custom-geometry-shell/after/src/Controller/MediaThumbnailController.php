<?php

namespace App\Controller;

use App\Repository\MediaRepository;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\BinaryFileResponse;
use Symfony\Component\HttpKernel\Attribute\MapQueryParameter;
use Symfony\Component\Process\Process;
use Symfony\Component\Routing\Attribute\Route;

final class MediaThumbnailController extends AbstractController
{
    private const PRESETS = ['small' => '160x160', 'medium' => '480x480', 'large' => '1024x1024'];

    public function __construct(
        private readonly MediaRepository $media,
        private readonly string $mediaDir,
    ) {
    }

    #[Route('/media/{id}/thumbnail', name: 'media_thumbnail', methods: ['GET'])]
    public function __invoke(int $id, #[MapQueryParameter] string $size = 'medium'): BinaryFileResponse
    {
        $item = $this->media->find($id) ?? throw $this->createNotFoundException();
        // The page builder asks for arbitrary crops like ?size=300x200 or ?size=640x as well as presets.
        $geometry = self::PRESETS[$size] ?? $size;

        $source = $this->mediaDir.'/originals/'.$item->getStoredName();
        $target = sprintf('%s/thumbs/%d-%s.jpg', $this->mediaDir, $item->getId(), md5($geometry));

        if (!is_file($target)) {
            // Shell form so ImageMagick's geometry modifiers (^, !, >) pass through untouched.
            $command = sprintf(
                'convert %s -thumbnail %s^ -gravity center -extent %s %s',
                escapeshellarg($source),
                $geometry,
                $geometry,
                escapeshellarg($target)
            );
            $process = Process::fromShellCommandline($command);
            $process->setTimeout(30);
            $process->mustRun();
        }

        return $this->file($target, null, 'inline');
    }
}
