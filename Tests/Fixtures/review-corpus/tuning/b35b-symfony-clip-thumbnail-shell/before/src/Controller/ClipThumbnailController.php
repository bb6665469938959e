<?php

declare(strict_types=1);

namespace App\Controller;

use App\Entity\Clip;
use App\Security\Voter\ClipVoter;
use Psr\Log\LoggerInterface;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\HttpFoundation\BinaryFileResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\ResponseHeaderBag;
use Symfony\Component\HttpKernel\Exception\ServiceUnavailableHttpException;
use Symfony\Component\Process\Exception\ProcessFailedException;
use Symfony\Component\Process\Process;
use Symfony\Component\Routing\Attribute\Route;

#[Route('/clips/{id}/thumbnail', name: 'clip_thumbnail', methods: ['GET'])]
final class ClipThumbnailController extends AbstractController
{
    public function __construct(
        #[Autowire('%kernel.project_dir%/var/media')]
        private readonly string $mediaDir,
        #[Autowire('%kernel.cache_dir%/thumbs')]
        private readonly string $thumbDir,
        private readonly LoggerInterface $logger,
    ) {
    }

    public function __invoke(Clip $clip, Request $request): BinaryFileResponse
    {
        $this->denyAccessUnlessGranted(ClipVoter::VIEW, $clip);

        $seconds = max(0.0, min((float) $request->query->get('t', '1'), $clip->getDurationSeconds()));
        $width = (int) $request->query->get('w', '480');
        $width = in_array($width, [240, 480, 960], true) ? $width : 480;

        $source = $this->mediaDir.'/'.$clip->getStorageKey();
        $target = sprintf('%s/%d-%s-%d.jpg', $this->thumbDir, $clip->getId(), number_format($seconds, 2, '.', ''), $width);

        if (!is_file($target)) {
            @mkdir($this->thumbDir, 0775, true);

            $process = new Process([
                'ffmpeg', '-hide_banner', '-loglevel', 'error',
                '-ss', (string) $seconds,
                '-i', $source,
                '-frames:v', '1',
                '-vf', sprintf('scale=%d:-2', $width),
                '-q:v', '3',
                '-y', $target,
            ]);
            $process->setTimeout(20);

            try {
                $process->mustRun();
            } catch (ProcessFailedException $e) {
                $this->logger->error('Thumbnail extraction failed', [
                    'clip' => $clip->getId(),
                    'stderr' => $process->getErrorOutput(),
                ]);
                throw new ServiceUnavailableHttpException(30, 'Thumbnail not available yet.');
            }
        }

        $response = new BinaryFileResponse($target);
        $response->setContentDisposition(ResponseHeaderBag::DISPOSITION_INLINE, basename($target));
        $response->setPublic();
        $response->setMaxAge(86400);

        return $response;
    }
}
