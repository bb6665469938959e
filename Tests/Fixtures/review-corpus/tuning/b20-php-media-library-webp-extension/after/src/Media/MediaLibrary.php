<?php

declare(strict_types=1);

namespace Fernhill\Cms\Media;

use Fernhill\Cms\Media\Exception\MediaNotFound;
use Fernhill\Cms\Media\Exception\UnsupportedMedia;
use Psr\Http\Message\ResponseFactoryInterface;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\StreamFactoryInterface;

/**
 * Serves files from the site's media directory. Editors upload through the
 * admin UI; public pages reference files as /media/{site}/{file}.
 */
final class MediaLibrary
{
    private const ALLOWED_EXTENSIONS = [
        'jpg' => 'image/jpeg',
        'jpeg' => 'image/jpeg',
        'png' => 'image/png',
        'gif' => 'image/gif',
        'webp' => 'image/webp',
        'avif' => 'image/avif',
        'pdf' => 'application/pdf',
        'mp4' => 'video/mp4',
    ];

    private readonly string $root;

    public function __construct(
        string $mediaRoot,
        private readonly ResponseFactoryInterface $responses,
        private readonly StreamFactoryInterface $streams,
    ) {
        $real = realpath($mediaRoot);
        if ($real === false) {
            throw new \InvalidArgumentException("media root does not exist: {$mediaRoot}");
        }
        $this->root = rtrim($real, DIRECTORY_SEPARATOR) . DIRECTORY_SEPARATOR;
    }

    public function serve(string $siteSlug, string $requested): ResponseInterface
    {
        $path = $this->resolve($siteSlug, $requested);
        $ext = strtolower(pathinfo($path, PATHINFO_EXTENSION));

        return $this->responses->createResponse(200)
            ->withHeader('Content-Type', self::ALLOWED_EXTENSIONS[$ext])
            ->withHeader('Content-Length', (string) filesize($path))
            ->withHeader('Cache-Control', 'public, max-age=604800')
            ->withHeader('X-Content-Type-Options', 'nosniff')
            ->withBody($this->streams->createStreamFromFile($path, 'rb'));
    }

    private function resolve(string $siteSlug, string $requested): string
    {
        if (!preg_match('/^[a-z0-9-]{1,40}$/', $siteSlug)) {
            throw new MediaNotFound();
        }

        $name = basename($requested);
        $ext = strtolower(pathinfo($name, PATHINFO_EXTENSION));
        if ($name === '' || $name[0] === '.' || !isset(self::ALLOWED_EXTENSIONS[$ext])) {
            throw new UnsupportedMedia($ext);
        }

        $full = realpath($this->root . $siteSlug . DIRECTORY_SEPARATOR . $name);
        if ($full === false || !str_starts_with($full, $this->root . $siteSlug . DIRECTORY_SEPARATOR) || !is_file($full)) {
            throw new MediaNotFound();
        }

        return $full;
    }
}
