<?php

declare(strict_types=1);

namespace App\Notification;

use App\Entity\Notification;
use App\Entity\Tenant;
use App\Repository\TemplateOverrideRepository;
use Twig\Environment;

final class MessageRenderer
{
    public function __construct(
        private readonly Environment $twig,
        private readonly TemplateOverrideRepository $overrides,
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
            'html' => $this->renderBody($tenant, $type, $context),
        ];
    }

    /**
     * Tenants can customise the email body from Settings > Notifications; the editor
     * supports the same {{ recipient.firstName }} style placeholders as our own templates.
     */
    private function renderBody(Tenant $tenant, string $type, array $context): string
    {
        $override = $this->overrides->findActive($tenant, $type);
        if ($override === null) {
            return $this->twig->render(sprintf('notifications/%s.html.twig', $type), $context);
        }

        return $this->twig
            ->createTemplate($override->getBody(), sprintf('override_%d', $override->getId()))
            ->render($context);
    }
}
