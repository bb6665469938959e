<?php

namespace App\Controller;

use App\Repository\InvoiceRepository;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\HttpFoundation\BinaryFileResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\ResponseHeaderBag;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\IsGranted;

#[IsGranted('ROLE_USER')]
class InvoiceDownloadController extends AbstractController
{
    public function __construct(
        private readonly InvoiceRepository $invoices,
        #[Autowire('%kernel.project_dir%/var/invoices')]
        private readonly string $storageDir,
    ) {
    }

    #[Route('/invoices/{id}/pdf', name: 'invoice_pdf', methods: ['GET'])]
    public function pdf(int $id): BinaryFileResponse
    {
        $invoice = $this->invoices->findOneBy([
            'id' => $id,
            'customer' => $this->getUser(),
        ]);
        if ($invoice === null) {
            throw $this->createNotFoundException();
        }

        $response = new BinaryFileResponse($this->storageDir.'/'.$invoice->getPdfFilename());
        $response->setContentDisposition(
            ResponseHeaderBag::DISPOSITION_ATTACHMENT,
            sprintf('invoice-%s.pdf', $invoice->getNumber())
        );

        return $response;
    }

    #[Route('/invoices/archive/{year}', name: 'invoice_archive', requirements: ['year' => '\d{4}'], methods: ['GET'])]
    public function archive(int $year, Request $request): BinaryFileResponse
    {
        // Pre-2021 invoices were never imported into the database; they sit as
        // loose PDFs under var/invoices/archive/<year>/ and the old portal
        // linked to them by file name.
        $file = (string) $request->query->get('file', '');
        $path = sprintf('%s/archive/%d/%s', $this->storageDir, $year, $file);

        if ($file === '' || !is_file($path)) {
            throw $this->createNotFoundException();
        }

        $response = new BinaryFileResponse($path);
        $response->setContentDisposition(ResponseHeaderBag::DISPOSITION_ATTACHMENT, basename($path));

        return $response;
    }
}
