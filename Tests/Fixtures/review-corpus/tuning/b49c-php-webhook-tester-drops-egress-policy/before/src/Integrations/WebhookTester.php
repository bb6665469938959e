<?php

declare(strict_types=1);

namespace Acme\Integrations;

use Acme\Integrations\Net\EgressPolicy;
use GuzzleHttp\ClientInterface;
use GuzzleHttp\Exception\GuzzleException;

final class WebhookTester
{
    public function __construct(
        private ClientInterface $http,
        private EgressPolicy $egress,
    ) {
    }

    /**
     * Sends a sample event to the endpoint a customer typed into the
     * integrations page and reports what came back.
     */
    public function ping(string $endpoint, array $sample): array
    {
        if (!$this->egress->isPublicHttpsUrl($endpoint)) {
            return ['ok' => false, 'error' => 'Endpoint must be a public https:// URL'];
        }

        try {
            $response = $this->http->request('POST', $endpoint, [
                'json' => $sample,
                'timeout' => 5,
                'allow_redirects' => false,
            ]);
        } catch (GuzzleException $e) {
            return ['ok' => false, 'error' => 'Request failed'];
        }

        return [
            'ok' => $response->getStatusCode() < 300,
            'status' => $response->getStatusCode(),
        ];
    }
}
