<?php

namespace App\Services\Ledger;

use Illuminate\Http\Client\PendingRequest;
use Illuminate\Http\Client\RequestException;
use Illuminate\Support\Facades\Http;

class LedgerClient
{
    public function __construct(
        private readonly string $baseUrl,
        private readonly string $token,
        private readonly ?string $caBundle = null,
    ) {
    }

    public static function fromConfig(): self
    {
        return new self(
            config('services.ledger.url'),
            config('services.ledger.token'),
            config('services.ledger.ca_bundle'),
        );
    }

    /**
     * @throws RequestException
     */
    public function postEntries(string $batchId, array $entries): array
    {
        return $this->request()
            ->withHeaders(['Idempotency-Key' => $batchId])
            ->post('/v2/entries', ['entries' => $entries])
            ->throw()
            ->json();
    }

    private function request(): PendingRequest
    {
        return Http::baseUrl($this->baseUrl)
            ->withToken($this->token)
            ->withOptions([
                // The ledger moved behind finance's internal CA. A bundle path replaces the
                // system store for this client only; with no bundle we keep the default (true).
                'verify' => $this->caBundle ?: true,
            ])
            ->acceptJson()
            ->timeout(15)
            ->retry(3, 200, throw: false);
    }
}
