<?php

namespace App\Services\Shipping;

use App\Models\Shipment;
use Illuminate\Http\Client\PendingRequest;
use Illuminate\Http\Client\RequestException;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;

class DhlClient
{
    public function __construct(
        private readonly string $baseUrl,
        private readonly string $apiKey,
        private readonly string $accountNumber,
        private readonly ?string $clientCert = null,
        private readonly ?string $clientCertPassphrase = null,
        private readonly ?string $caBundle = null,
    ) {
    }

    public static function fromConfig(): self
    {
        return new self(
            config('services.dhl.base_url'),
            config('services.dhl.api_key'),
            config('services.dhl.account_number'),
            config('services.dhl.client_cert'),
            config('services.dhl.client_cert_passphrase'),
            config('services.dhl.ca_bundle'),
        );
    }

    public function createLabel(Shipment $shipment): array
    {
        $response = $this->request()->post('/shipments', [
            'plannedShippingDateAndTime' => $shipment->ships_at->format('Y-m-d\TH:i:s \G\M\TP'),
            'productCode' => $shipment->service_code,
            'accounts' => [['typeCode' => 'shipper', 'number' => $this->accountNumber]],
            'customerDetails' => [
                'shipperDetails' => $shipment->shipperAddress(),
                'receiverDetails' => $shipment->receiverAddress(),
            ],
            'content' => $shipment->contentPayload(),
        ]);

        $response->throw();

        return $response->json();
    }

    public function track(string $trackingNumber): array
    {
        try {
            return $this->request()
                ->get('/tracking', ['shipmentTrackingNumber' => $trackingNumber])
                ->throw()
                ->json('shipments.0', []);
        } catch (RequestException $e) {
            Log::warning('DHL tracking failed', [
                'tracking' => $trackingNumber,
                'status' => $e->response?->status(),
            ]);

            return [];
        }
    }

    private function request(): PendingRequest
    {
        $request = Http::baseUrl($this->baseUrl)
            ->withHeaders(['DHL-API-Key' => $this->apiKey])
            ->acceptJson()
            ->timeout(15)
            ->retry(2, 250, throw: false);

        // The B2B gateway requires mutual TLS and its server certificate is issued by
        // DHL's private partner CA, so verify against that bundle instead of the system store.
        if ($this->clientCert !== null) {
            $request->withOptions([
                'cert' => [$this->clientCert, $this->clientCertPassphrase],
                'verify' => $this->caBundle ?? true,
            ]);
        }

        return $request;
    }
}
