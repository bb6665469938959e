<?php
declare(strict_types=1);

require __DIR__ . '/../bootstrap.php';

use Blog\FeedRenderer;
use Blog\PostRepository;

$posts = (new PostRepository($pdo))->latestPublished(20);
$xml = (new FeedRenderer($config['site']))->render($posts);

// Feed readers poll every few minutes; let them revalidate cheaply.
$etag = '"' . md5($xml) . '"';
$lastModified = $posts ? $posts[0]->updatedAt : new DateTimeImmutable('@0');

header('Content-Type: application/rss+xml; charset=utf-8');
header('Cache-Control: public, max-age=300');
header('ETag: ' . $etag);
header('Last-Modified: ' . $lastModified->setTimezone(new DateTimeZone('UTC'))->format(DATE_RFC7231));

$ifNoneMatch = trim($_SERVER['HTTP_IF_NONE_MATCH'] ?? '');
if ($ifNoneMatch !== '' && $ifNoneMatch === $etag) {
    http_response_code(304);
    exit;
}

echo $xml;
