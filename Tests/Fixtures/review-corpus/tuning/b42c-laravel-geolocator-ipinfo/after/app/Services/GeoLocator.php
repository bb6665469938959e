<?php

namespace App\Services;

use Illuminate\Http\Client\ConnectionException;
use Illuminate\Http\Client\Factory as HttpFactory;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Log;

/**
 * Country/city lookup for login alerts. Replaces the bundled GeoLite2 file, which had
 * to be refreshed by hand and was months out of date on most pods.
 */
class GeoLocator
{
    private const ENDPOINT = 'https://api.ipinfo.io';

    public function __construct(
        private readonly HttpFactory $http,
        private readonly string $token,
    ) {
    }

    /**
     * @return array{country: ?string, city: ?string}
     */
    public function locate(string $ip): array
    {
        $unknown = ['country' => null, 'city' => null];

        if (filter_var($ip, FILTER_VALIDATE_IP, FILTER_FLAG_NO_PRIV_RANGE | FILTER_FLAG_NO_RES_RANGE) === false) {
            return $unknown;
        }

        return Cache::remember('geo:'.md5($ip), now()->addDay(), function () use ($ip, $unknown) {
            try {
                $response = $this->http
                    ->baseUrl(self::ENDPOINT)
                    ->withToken($this->token)
                    ->acceptJson()
                    ->timeout(3)
                    ->get('/lite/'.$ip);
            } catch (ConnectionException $e) {
                Log::warning('ipinfo unreachable', ['error' => $e->getMessage()]);

                return $unknown;
            }

            if ($response->failed()) {
                Log::warning('ipinfo lookup failed', ['status' => $response->status()]);

                return $unknown;
            }

            return [
                'country' => $response->json('country_code'),
                'city' => $response->json('city'),
            ];
        });
    }
}
