<?php

namespace App\Services\GitHub;

use App\Services\GitHub\Exceptions\ReleaseNotFound;
use Illuminate\Http\Client\PendingRequest;
use Illuminate\Http\Client\RequestException;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Http;
use InvalidArgumentException;

/**
 * Fetches release notes for the integrations listed on the changelog page.
 * Customers pick the integration + version in the UI; both end up here.
 */
class ReleaseNotesClient
{
    private const BASE_URL = 'https://api.github.com';

    private const SLUG_PATTERN = '/^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,99})$/';

    public function __construct(
        private readonly ?string $token = null,
        private readonly int $cacheSeconds = 900,
    ) {
    }

    public static function fromConfig(): self
    {
        return new self(
            config('services.github.token'),
            (int) config('services.github.release_cache_seconds', 900),
        );
    }

    /**
     * @return array{tag: string, name: string|null, body: string, published_at: string|null, url: string}
     */
    public function forTag(string $owner, string $repo, string $tag): array
    {
        foreach (['owner' => $owner, 'repo' => $repo] as $field => $value) {
            if (! preg_match(self::SLUG_PATTERN, $value)) {
                throw new InvalidArgumentException("Invalid GitHub {$field}.");
            }
        }

        $cacheKey = sprintf('gh-release:%s/%s@%s', strtolower($owner), strtolower($repo), sha1($tag));

        return Cache::remember($cacheKey, $this->cacheSeconds, function () use ($owner, $repo, $tag) {
            try {
                $release = $this->http()
                    ->get(sprintf('/repos/%s/%s/releases/tags/%s', $owner, $repo, rawurlencode($tag)))
                    ->throw()
                    ->json();
            } catch (RequestException $e) {
                if ($e->response->status() === 404) {
                    throw new ReleaseNotFound("{$owner}/{$repo}", $tag, $e);
                }
                throw $e;
            }

            return [
                'tag' => $release['tag_name'],
                'name' => $release['name'] ?? null,
                'body' => (string) ($release['body'] ?? ''),
                'published_at' => $release['published_at'] ?? null,
                'url' => $release['html_url'],
            ];
        });
    }

    private function http(): PendingRequest
    {
        $request = Http::baseUrl(self::BASE_URL)
            ->acceptJson()
            ->withHeaders(['X-GitHub-Api-Version' => '2022-11-28'])
            ->withUserAgent('acme-changelog/1.0')
            ->timeout(5)
            ->retry(2, 250, throw: false);

        return $this->token ? $request->withToken($this->token) : $request;
    }
}
