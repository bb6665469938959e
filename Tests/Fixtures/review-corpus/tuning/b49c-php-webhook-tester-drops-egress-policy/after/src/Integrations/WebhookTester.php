<?php

declare(strict_types=1);

namespace Acme\Integrations;

use GuzzleHttp\ClientInterface;
use GuzzleHttp\Exception\GuzzleException;

final class WebhookTester
{
    private const ALLOWED_SCHEMES = ['http', 'https'];

    public function __construct(
        private ClientInterface $http,
    ) {
    }

    /**
     * Sends a sample event to the endpoint a customer typed into the
     * integrations page and reports what came back, including the body so
     * people can debug their receivers without opening a ticket.
     */
    public function ping(string $endpoint, array $sample): array
    {
        // Customers testing against staging stacks often only have plain http.
        $scheme = strtolower((string) parse_url($endpoint, PHP_URL_SCHEME));
        if (!in_array($scheme, self::ALLOWED_SCHEMES, true)) {
            return ['ok' => false, 'error' => 'Endpoint must be an http(s) URL'];
        }

        try {
            $response = $this->http->request('POST', $endpoint, [
                'json' => $sample,
                'timeout' => 5,
                'allow_redirects' => ['max' => 3],
            ]);
        } catch (GuzzleException $e) {
            return ['ok' => false, 'error' => $e->getMessage()];
        }

        return [
            'ok' => $response->getStatusCode() < 300,
            'status' => $response->getStatusCode(),
            'body' => mb_substr((string) $response->getBody(), 0, 4000),
        ];
    }
}
