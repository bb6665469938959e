<?php

namespace App\Services\Ledger;

use App\Services\Ledger\Data\JournalEntry;
use GuzzleHttp\Client;
use GuzzleHttp\ClientInterface;
use GuzzleHttp\Exception\GuzzleException;
use GuzzleHttp\RequestOptions;
use Psr\Log\LoggerInterface;

class LedgerClient
{
    private ClientInterface $http;

    public function __construct(
        array $config,
        private readonly LoggerInterface $logger,
        ?ClientInterface $http = null,
    ) {
        $options = [
            'base_uri' => rtrim($config['base_url'], '/').'/',
            RequestOptions::TIMEOUT => $config['timeout'] ?? 10,
            RequestOptions::CONNECT_TIMEOUT => 3,
            // ledger.internal is issued by the platform CA, which isn't in the system trust store.
            RequestOptions::VERIFY => ! empty($config['ca_bundle']) ? $config['ca_bundle'] : true,
            RequestOptions::HEADERS => [
                'Accept' => 'application/json',
                'Authorization' => 'Bearer '.$config['token'],
            ],
        ];

        if (! empty($config['client_cert'])) {
            $options[RequestOptions::CERT] = [$config['client_cert'], $config['client_cert_passphrase'] ?? ''];
        }
        if (! empty($config['client_key'])) {
            $options[RequestOptions::SSL_KEY] = $config['client_key'];
        }

        $this->http = $http ?? new Client($options);
    }

    /**
     * @throws GuzzleException
     */
    public function post(JournalEntry $entry): string
    {
        $response = $this->http->request('POST', 'v2/journal-entries', [
            RequestOptions::JSON => $entry->toArray(),
            RequestOptions::HEADERS => ['Idempotency-Key' => $entry->idempotencyKey()],
        ]);

        $body = json_decode((string) $response->getBody(), true, 512, JSON_THROW_ON_ERROR);
        $this->logger->info('Ledger entry posted', ['entry' => $body['id'], 'ref' => $entry->reference]);

        return $body['id'];
    }

    /**
     * @throws GuzzleException
     */
    public function balance(string $accountCode): int
    {
        $response = $this->http->request('GET', 'v2/accounts/'.rawurlencode($accountCode).'/balance');
        $body = json_decode((string) $response->getBody(), true, 512, JSON_THROW_ON_ERROR);

        return (int) $body['balance_minor'];
    }
}
