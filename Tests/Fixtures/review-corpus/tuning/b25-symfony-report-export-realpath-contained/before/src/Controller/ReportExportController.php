<?php

namespace App\Controller;

use App\Message\GenerateReportExport;
use App\Repository\ReportRepository;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Messenger\MessageBusInterface;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\IsGranted;

#[Route('/reports')]
#[IsGranted('ROLE_REPORTS')]
class ReportExportController extends AbstractController
{
    public function __construct(
        private readonly ReportRepository $reports,
        private readonly MessageBusInterface $bus,
        #[Autowire('%kernel.project_dir%/var/exports')]
        private readonly string $exportDir,
    ) {
    }

    #[Route('', name: 'report_index', methods: ['GET'])]
    public function index(): JsonResponse
    {
        return $this->json($this->reports->findBy([], ['name' => 'ASC']), context: ['groups' => 'report:list']);
    }

    #[Route('/{id}/export', name: 'report_export', methods: ['POST'])]
    public function export(int $id, Request $request): JsonResponse
    {
        $report = $this->reports->find($id) ?? throw $this->createNotFoundException();
        $format = $request->getPayload()->getString('format', 'csv');

        if (!\in_array($format, ['csv', 'xlsx'], true)) {
            return $this->json(['error' => 'format must be csv or xlsx'], 400);
        }

        $this->bus->dispatch(new GenerateReportExport($report->getId(), $format, $this->getUser()->getUserIdentifier()));

        return $this->json(['status' => 'queued'], 202);
    }

    #[Route('/exports', name: 'report_export_list', methods: ['GET'])]
    public function listExports(): JsonResponse
    {
        $files = [];
        foreach (new \FilesystemIterator($this->exportDir) as $file) {
            if ($file->isFile()) {
                $files[] = ['name' => $file->getFilename(), 'size' => $file->getSize(), 'mtime' => $file->getMTime()];
            }
        }
        usort($files, fn (array $a, array $b) => $b['mtime'] <=> $a['mtime']);

        return $this->json($files);
    }
}
