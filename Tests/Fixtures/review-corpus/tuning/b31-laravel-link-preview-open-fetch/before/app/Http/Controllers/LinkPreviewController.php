<?php

namespace App\Http\Controllers;

use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Str;

class LinkPreviewController extends Controller
{
    /**
     * oEmbed endpoints we know how to ask for a preview.
     */
    private const PROVIDERS = [
        'www.youtube.com' => 'https://www.youtube.com/oembed',
        'youtube.com'     => 'https://www.youtube.com/oembed',
        'youtu.be'        => 'https://www.youtube.com/oembed',
        'vimeo.com'       => 'https://vimeo.com/api/oembed.json',
        'soundcloud.com'  => 'https://soundcloud.com/oembed',
    ];

    public function __construct()
    {
        $this->middleware(['auth:sanctum', 'throttle:30,1']);
    }

    public function show(Request $request): JsonResponse
    {
        $validated = $request->validate([
            'url' => ['required', 'url', 'max:2048'],
        ]);

        $url = $validated['url'];
        $host = Str::lower(parse_url($url, PHP_URL_HOST) ?? '');

        if (! array_key_exists($host, self::PROVIDERS)) {
            return response()->json(['preview' => null]);
        }

        $preview = Cache::remember('preview:'.sha1($url), now()->addHours(6), function () use ($url, $host) {
            $response = Http::timeout(5)
                ->acceptJson()
                ->get(self::PROVIDERS[$host], ['url' => $url, 'format' => 'json']);

            if (! $response->successful()) {
                return null;
            }

            return [
                'title'     => Str::limit((string) $response->json('title'), 200),
                'author'    => $response->json('author_name'),
                'thumbnail' => $response->json('thumbnail_url'),
                'provider'  => $response->json('provider_name'),
            ];
        });

        return response()->json(['preview' => $preview]);
    }
}
