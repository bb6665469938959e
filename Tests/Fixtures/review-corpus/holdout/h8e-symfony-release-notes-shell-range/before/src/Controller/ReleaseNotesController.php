<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\Process\Process;
use Symfony\Component\Routing\Attribute\Route;

#[Route('/internal/release-notes')]
final class ReleaseNotesController extends AbstractController
{
    public function __construct(private readonly string $repoPath)
    {
    }

    #[Route('/latest', name: 'release_notes_latest', methods: ['GET'])]
    public function latest(): JsonResponse
    {
        $process = new Process(['git', 'log', '--oneline', '-n', '20'], $this->repoPath);
        $process->mustRun();

        return $this->json(['lines' => array_values(array_filter(explode("\n", $process->getOutput())))]);
    }
}
