<?php

namespace App\Controller;

use App\Entity\Ticket;
use App\Repository\AttachmentRepository;
use Symfony\Bridge\Doctrine\Attribute\MapEntity;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\HttpFoundation\BinaryFileResponse;
use Symfony\Component\HttpFoundation\ResponseHeaderBag;
use Symfony\Component\HttpKernel\Exception\NotFoundHttpException;
use Symfony\Component\Routing\Attribute\Route;

#[Route('/tickets/{id}/attachments', requirements: ['id' => '\d+'])]
final class TicketAttachmentController extends AbstractController
{
    public function __construct(
        private readonly AttachmentRepository $attachments,
        #[Autowire('%kernel.project_dir%/var/attachments')]
        private readonly string $storageDir,
    ) {
    }

    /**
     * Files live in var/attachments/<ticket id>/<sha1>.<ext>; the stored name never
     * comes from the uploader (see AttachmentUploader::store()).
     */
    #[Route(
        '/{name}',
        name: 'ticket_attachment_download',
        requirements: ['name' => '[a-f0-9]{40}\.(pdf|png|jpe?g|txt)'],
        methods: ['GET'],
    )]
    public function download(#[MapEntity] Ticket $ticket, string $name): BinaryFileResponse
    {
        $this->denyAccessUnlessGranted('TICKET_VIEW', $ticket);

        $attachment = $this->attachments->findOneBy(['ticket' => $ticket, 'storedName' => $name]);
        if (null === $attachment) {
            throw new NotFoundHttpException();
        }

        $path = sprintf('%s/%d/%s', $this->storageDir, $ticket->getId(), $name);
        if (!is_file($path)) {
            throw new NotFoundHttpException();
        }

        $response = new BinaryFileResponse($path);
        $response->setContentDisposition(ResponseHeaderBag::DISPOSITION_ATTACHMENT, $name);
        $response->headers->set('X-Content-Type-Options', 'nosniff');

        return $response;
    }
}
