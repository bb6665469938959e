<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
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

    #[Route('/between', name: 'release_notes_between', methods: ['GET'])]
    public function between(Request $request): JsonResponse
    {
        $from = $request->query->get('from', 'HEAD~20');
        $to = $request->query->get('to', 'HEAD');

        $process = Process::fromShellCommandline(
            sprintf('git log --oneline %s..%s', $from, $to),
            $this->repoPath
        );
        $process->mustRun();

        return $this->json(['lines' => array_values(array_filter(explode("\n", $process->getOutput())))]);
    }
}
