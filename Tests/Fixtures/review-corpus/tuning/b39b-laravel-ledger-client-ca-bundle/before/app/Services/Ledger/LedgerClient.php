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
    ) {
    }

    public static function fromConfig(): self
    {
        return new self(
            config('services.ledger.url'),
            config('services.ledger.token'),
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
            ->acceptJson()
            ->timeout(15)
            ->retry(3, 200, throw: false);
    }
}
