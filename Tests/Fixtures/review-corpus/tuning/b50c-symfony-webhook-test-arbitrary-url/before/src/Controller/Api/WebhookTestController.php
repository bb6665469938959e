<?php

namespace App\Controller\Api;

use App\Entity\WebhookEndpoint;
use App\Security\Voter\WebhookVoter;
use App\Webhook\PayloadSigner;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Contracts\HttpClient\HttpClientInterface;

class WebhookTestController extends AbstractController
{
    public function __construct(
        private readonly HttpClientInterface $webhookClient,
        private readonly PayloadSigner $signer,
    ) {
    }

    #[Route('/api/webhooks/{id}/test', name: 'api_webhook_test', methods: ['POST'])]
    public function __invoke(WebhookEndpoint $endpoint): JsonResponse
    {
        $this->denyAccessUnlessGranted(WebhookVoter::EDIT, $endpoint);

        $payload = json_encode(['event' => 'ping', 'sent_at' => time()]);

        // $endpoint->getUrl() passed the PublicHttpsUrl constraint when it was saved.
        $response = $this->webhookClient->request('POST', $endpoint->getUrl(), [
            'headers' => ['X-Signature' => $this->signer->sign($payload, $endpoint)],
            'body' => $payload,
            'timeout' => 5,
        ]);

        return $this->json(['status' => $response->getStatusCode()]);
    }
}
