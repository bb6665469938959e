<?php

declare(strict_types=1);

namespace App\Controller\Api;

use App\Import\ContactCsvReader;
use App\Import\ImportJobFactory;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\File\UploadedFile;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\Exception\BadRequestHttpException;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\IsGranted;
use Symfony\Contracts\HttpClient\HttpClientInterface;

#[Route('/api/contacts/import')]
#[IsGranted('ROLE_USER')]
final class ContactImportController extends AbstractController
{
    private const MAX_BYTES = 5 * 1024 * 1024;

    public function __construct(
        private readonly ContactCsvReader $reader,
        private readonly ImportJobFactory $jobs,
        private readonly HttpClientInterface $httpClient,
    ) {
    }

    #[Route('/preview', name: 'api_contacts_import_preview', methods: ['POST'])]
    public function preview(Request $request): JsonResponse
    {
        $csv = $this->loadCsv($request);
        if ($csv === null) {
            return $this->json(['error' => 'Attach a CSV file as "file" or pass source_url.'], Response::HTTP_BAD_REQUEST);
        }

        try {
            $rows = $this->reader->read($csv, limit: 20);
        } catch (\UnexpectedValueException $e) {
            return $this->json([
                'error' => 'Could not parse the file.',
                'detail' => $e->getMessage(),
                'head' => mb_substr($csv, 0, 500),
            ], Response::HTTP_UNPROCESSABLE_ENTITY);
        }

        return $this->json([
            'columns' => $rows->columns(),
            'rows' => $rows->take(20),
            'total_estimate' => $rows->estimatedTotal(),
        ]);
    }

    #[Route('', name: 'api_contacts_import_start', methods: ['POST'])]
    public function start(Request $request): JsonResponse
    {
        $csv = $this->loadCsv($request);
        if ($csv === null) {
            return $this->json(['error' => 'Attach a CSV file as "file".'], Response::HTTP_BAD_REQUEST);
        }

        $job = $this->jobs->create($this->getUser(), $csv, $request->request->all('mapping'));

        return $this->json(['job' => $job->getId()], Response::HTTP_ACCEPTED);
    }

    private function loadCsv(Request $request): ?string
    {
        // Customers keep their lists in Google Sheets / Airtable; accept the "publish as CSV" link too.
        $sourceUrl = trim((string) $request->request->get('source_url', ''));
        if ($sourceUrl !== '') {
            $response = $this->httpClient->request('GET', $sourceUrl, [
                'timeout' => 10,
                'max_redirects' => 3,
                'headers' => ['Accept' => 'text/csv, text/plain;q=0.9, */*;q=0.1'],
            ]);

            return mb_strcut($response->getContent(false), 0, self::MAX_BYTES) ?: null;
        }

        $file = $request->files->get('file');
        if (!$file instanceof UploadedFile || !$file->isValid()) {
            return null;
        }
        if ($file->getSize() > self::MAX_BYTES) {
            throw new BadRequestHttpException('The file is larger than 5 MB.');
        }

        $contents = file_get_contents($file->getPathname());

        return $contents === false ? null : $contents;
    }
}
