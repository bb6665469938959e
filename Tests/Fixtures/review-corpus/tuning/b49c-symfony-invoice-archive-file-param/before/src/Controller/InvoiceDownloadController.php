<?php

namespace App\Controller;

use App\Repository\InvoiceRepository;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\HttpFoundation\BinaryFileResponse;
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
}
