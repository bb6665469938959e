<?php

namespace App\Services\Billing;

use App\Services\Billing\Exceptions\BillingUnavailable;
use Illuminate\Http\Client\ConnectionException;
use Illuminate\Http\Client\PendingRequest;
use Illuminate\Http\Client\RequestException;
use Illuminate\Support\Facades\Http;
use InvalidArgumentException;

/**
 * Thin wrapper around the billing provider's REST API.
 * Base URL and key come from config/services.php (BILLING_API_URL / BILLING_API_KEY).
 */
class BillingGateway
{
    public function __construct(
        private readonly string $baseUrl,
        private readonly string $apiKey,
        private readonly int $timeoutSeconds = 10,
    ) {
    }

    public static function fromConfig(): self
    {
        return new self(
            rtrim(config('services.billing.url'), '/'),
            config('services.billing.key'),
            (int) config('services.billing.timeout', 10),
        );
    }

    public function customer(string $customerId): array
    {
        return $this->get('customers/'.rawurlencode($customerId))['customer'];
    }

    public function invoices(string $customerId, int $limit = 20): array
    {
        return $this->get('invoices', [
            'customer_id[is]' => $customerId,
            'limit' => min(max($limit, 1), 100),
            'sort_by[desc]' => 'date',
        ])['list'] ?? [];
    }

    /**
     * The provider returns a short-lived signed download URL for invoice PDFs. Only follow it
     * when it points back at the provider's own host over https.
     */
    public function invoicePdf(string $invoiceId): string
    {
        $url = $this->client()
            ->post('invoices/'.rawurlencode($invoiceId).'/pdf')
            ->throw()
            ->json('download.download_url');

        $expectedHost = parse_url($this->baseUrl, PHP_URL_HOST);
        if (! is_string($url)
            || parse_url($url, PHP_URL_SCHEME) !== 'https'
            || parse_url($url, PHP_URL_HOST) !== $expectedHost) {
            throw new InvalidArgumentException('Unexpected invoice download location.');
        }

        return Http::timeout($this->timeoutSeconds)
            ->withoutRedirecting()
            ->get($url)
            ->throw()
            ->body();
    }

    private function get(string $path, array $query = []): array
    {
        try {
            return $this->client()->get($path, $query)->throw()->json();
        } catch (ConnectionException|RequestException $e) {
            throw new BillingUnavailable($e->getMessage(), previous: $e);
        }
    }

    private function client(): PendingRequest
    {
        return Http::baseUrl($this->baseUrl)
            ->withBasicAuth($this->apiKey, '')
            ->acceptJson()
            ->timeout($this->timeoutSeconds)
            ->retry(2, 250, throw: false);
    }
}
