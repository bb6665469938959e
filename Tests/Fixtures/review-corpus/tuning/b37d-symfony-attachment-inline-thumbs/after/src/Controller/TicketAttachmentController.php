<?php

namespace App\Controller;

use App\Entity\Ticket;
use App\Repository\AttachmentRepository;
use Symfony\Bridge\Doctrine\Attribute\MapEntity;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\HttpFoundation\BinaryFileResponse;
use Symfony\Component\HttpFoundation\Request;
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
    public function download(#[MapEntity] Ticket $ticket, string $name, Request $request): BinaryFileResponse
    {
        $this->denyAccessUnlessGranted('TICKET_VIEW', $ticket);

        $attachment = $this->attachments->findOneBy(['ticket' => $ticket, 'storedName' => $name]);
        if (null === $attachment) {
            throw new NotFoundHttpException();
        }

        // Thumbnails are generated next to the original under thumbs/ with the same name.
        $thumb = $request->query->getBoolean('thumb') && $attachment->isImage();
        $path = sprintf('%s/%d/%s%s', $this->storageDir, $ticket->getId(), $thumb ? 'thumbs/' : '', $name);
        if (!is_file($path)) {
            throw new NotFoundHttpException();
        }

        $response = new BinaryFileResponse($path);
        $response->setContentDisposition(
            $attachment->isImage() ? ResponseHeaderBag::DISPOSITION_INLINE : ResponseHeaderBag::DISPOSITION_ATTACHMENT,
            str_replace(['/', '\\'], '_', $attachment->getOriginalName()),
            $name,
        );
        $response->headers->set('X-Content-Type-Options', 'nosniff');

        return $response;
    }
}
