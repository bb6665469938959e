<?php

declare(strict_types=1);

namespace App\Notification;

use App\Entity\Notification;
use App\Entity\Tenant;
use Twig\Environment;

final class MessageRenderer
{
    public function __construct(
        private readonly Environment $twig,
    ) {
    }

    /**
     * @return array{subject: string, html: string}
     */
    public function render(Notification $notification, Tenant $tenant): array
    {
        $context = [
            'tenant' => $tenant,
            'recipient' => $notification->getRecipient(),
            'payload' => $notification->getPayload(),
        ];

        $type = $notification->getType()->value;

        return [
            'subject' => $this->twig->render(sprintf('notifications/%s.subject.twig', $type), $context),
            'html' => $this->twig->render(sprintf('notifications/%s.html.twig', $type), $context),
        ];
    }
}
