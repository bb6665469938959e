<?php
declare(strict_types=1);

require __DIR__ . '/../bootstrap.php';

use Blog\FeedRenderer;
use Blog\PostRepository;

$posts = (new PostRepository($pdo))->latestPublished(20);
$xml = (new FeedRenderer($config['site']))->render($posts);

header('Content-Type: application/rss+xml; charset=utf-8');
header('Cache-Control: public, max-age=300');

echo $xml;
