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
        $geometry = self::PRESETS[$size] ?? self::PRESETS['medium'];

        $source = $this->mediaDir.'/originals/'.$item->getStoredName();
        $target = sprintf('%s/thumbs/%d-%s.jpg', $this->mediaDir, $item->getId(), $geometry);

        if (!is_file($target)) {
            $process = new Process([
                'convert', $source,
                '-thumbnail', $geometry.'^',
                '-gravity', 'center',
                '-extent', $geometry,
                $target,
            ]);
            $process->setTimeout(30);
            $process->mustRun();
        }

        return $this->file($target, null, 'inline');
    }
}
