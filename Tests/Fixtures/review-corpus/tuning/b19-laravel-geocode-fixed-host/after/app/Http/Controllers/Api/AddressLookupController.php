<?php

namespace App\Http\Controllers\Api;

use App\Http\Controllers\Controller;
use Illuminate\Http\Client\ConnectionException;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;

class AddressLookupController extends Controller
{
    private const BASE_URL = 'https://api.geoapify.com';

    private const SUPPORTED_COUNTRIES = ['gb', 'ie', 'fr', 'de', 'nl', 'be'];

    public function __construct()
    {
        $this->middleware(['auth:sanctum', 'throttle:address-lookup']);
    }

    public function autocomplete(Request $request): JsonResponse
    {
        $validated = $request->validate([
            'q' => ['required', 'string', 'min:3', 'max:120'],
            'country' => ['nullable', 'string', 'in:' . implode(',', self::SUPPORTED_COUNTRIES)],
        ]);

        $country = $validated['country'] ?? 'gb';
        $cacheKey = 'addr:' . $country . ':' . sha1(mb_strtolower($validated['q']));

        $results = Cache::remember($cacheKey, now()->addDay(), function () use ($validated, $country) {
            try {
                $response = Http::baseUrl(self::BASE_URL)
                    ->timeout(4)
                    ->acceptJson()
                    ->get('/v1/geocode/autocomplete', [
                        'text' => $validated['q'],
                        'filter' => 'countrycode:' . $country,
                        'format' => 'json',
                        'limit' => 8,
                        'apiKey' => config('services.geoapify.key'),
                    ]);
            } catch (ConnectionException $e) {
                Log::warning('address lookup unavailable', ['error' => $e->getMessage()]);
                return null;
            }

            if ($response->failed()) {
                Log::warning('address lookup failed', ['status' => $response->status()]);
                return null;
            }

            return collect($response->json('results', []))
                ->map(fn (array $r) => [
                    'label' => $r['formatted'] ?? null,
                    'line1' => trim(($r['housenumber'] ?? '') . ' ' . ($r['street'] ?? '')),
                    'city' => $r['city'] ?? null,
                    'postcode' => $r['postcode'] ?? null,
                    'country' => strtoupper($r['country_code'] ?? ''),
                    'lat' => $r['lat'] ?? null,
                    'lon' => $r['lon'] ?? null,
                ])
                ->filter(fn (array $r) => $r['label'] !== null)
                ->values()
                ->all();
        });

        if ($results === null) {
            return response()->json(['message' => 'Address lookup is temporarily unavailable.'], 503);
        }

        return response()->json(['data' => $results]);
    }
}