<?php

namespace App\Controller\Api;

use App\Entity\WebhookEndpoint;
use App\Security\Voter\WebhookVoter;
use App\Webhook\PayloadSigner;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
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
    public function __invoke(WebhookEndpoint $endpoint, Request $request): JsonResponse
    {
        $this->denyAccessUnlessGranted(WebhookVoter::EDIT, $endpoint);

        $payload = json_encode(['event' => 'ping', 'sent_at' => time()]);

        // Let the settings form test a URL the user is still typing, before saving it.
        $body = $request->toArray();
        $targetUrl = $body['url'] ?? $endpoint->getUrl();

        $response = $this->webhookClient->request('POST', $targetUrl, [
            'headers' => ['X-Signature' => $this->signer->sign($payload, $endpoint)],
            'body' => $payload,
            'timeout' => 5,
        ]);

        return $this->json([
            'status' => $response->getStatusCode(),
            'headers' => $response->getHeaders(false),
            'body_preview' => mb_substr($response->getContent(false), 0, 2048),
        ]);
    }
}
