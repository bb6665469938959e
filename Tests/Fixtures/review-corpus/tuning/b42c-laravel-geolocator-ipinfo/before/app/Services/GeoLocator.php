<?php

namespace App\Services;

use GeoIp2\Database\Reader;
use GeoIp2\Exception\AddressNotFoundException;
use Illuminate\Support\Facades\Cache;

class GeoLocator
{
    private ?Reader $reader = null;

    public function __construct(private readonly string $databasePath)
    {
    }

    /**
     * @return array{country: ?string, city: ?string}
     */
    public function locate(string $ip): array
    {
        return Cache::remember('geo:'.$ip, now()->addDay(), function () use ($ip) {
            try {
                $record = $this->reader()->city($ip);
            } catch (AddressNotFoundException) {
                return ['country' => null, 'city' => null];
            }

            return [
                'country' => $record->country->isoCode,
                'city' => $record->city->name,
            ];
        });
    }

    private function reader(): Reader
    {
        return $this->reader ??= new Reader($this->databasePath);
    }
}
