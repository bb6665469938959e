<?php

namespace App\Controller\Billing;

use App\Entity\Invoice;
use App\Repository\InvoiceRepository;
use App\Security\Voter\InvoiceVoter;
use Psr\Log\LoggerInterface;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\HttpFoundation\BinaryFileResponse;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\ResponseHeaderBag;
use Symfony\Component\HttpKernel\Exception\NotFoundHttpException;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\IsGranted;

#[Route('/billing/invoices')]
#[IsGranted('ROLE_CUSTOMER')]
final class InvoiceDownloadController extends AbstractController
{
    public function __construct(
        private readonly InvoiceRepository $invoices,
        private readonly LoggerInterface $logger,
        #[Autowire('%kernel.project_dir%/var/invoices')]
        private readonly string $invoiceDir,
    ) {
    }

    #[Route('', name: 'billing_invoice_list', methods: ['GET'])]
    public function list(): JsonResponse
    {
        $customer = $this->getUser();
        $rows = array_map(
            static fn (Invoice $i) => [
                'number' => $i->getNumber(),
                'issuedAt' => $i->getIssuedAt()->format(DATE_ATOM),
                'totalCents' => $i->getTotalCents(),
                'currency' => $i->getCurrency(),
            ],
            $this->invoices->findForCustomer($customer)
        );

        return $this->json($rows);
    }

    #[Route('/{number}/pdf', name: 'billing_invoice_pdf', methods: ['GET'])]
    public function pdf(string $number): BinaryFileResponse
    {
        $invoice = $this->invoices->findOneBy(['number' => $number]);
        if (null === $invoice) {
            throw new NotFoundHttpException();
        }
        $this->denyAccessUnlessGranted(InvoiceVoter::VIEW, $invoice);

        return $this->sendPdf($this->invoiceDir.'/'.$invoice->getPdfFilename(), $invoice->getNumber().'.pdf');
    }

    private function sendPdf(string $path, string $downloadName): BinaryFileResponse
    {
        if (!is_file($path)) {
            $this->logger->warning('Invoice PDF missing on disk', ['path' => $path]);
            throw new NotFoundHttpException();
        }

        $response = new BinaryFileResponse($path);
        $response->headers->set('Content-Type', 'application/pdf');
        $response->setContentDisposition(ResponseHeaderBag::DISPOSITION_ATTACHMENT, $downloadName);
        $response->setPrivate();

        return $response;
    }
}