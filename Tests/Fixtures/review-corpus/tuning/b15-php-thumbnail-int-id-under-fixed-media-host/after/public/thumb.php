<?php
declare(strict_types=1);

require __DIR__ . '/../src/bootstrap.php';

const MEDIA_HOST = 'media.shopfront-static.net';

function fetch_image(string $url): ?string
{
    $parts = parse_url($url);
    if (($parts['scheme'] ?? '') !== 'https' || ($parts['host'] ?? '') !== MEDIA_HOST) {
        return null;
    }
    $ctx = stream_context_create(['http' => ['timeout' => 5, 'follow_location' => 0]]);
    $data = @file_get_contents($url, false, $ctx);
    return $data === false ? null : $data;
}

$productId = isset($_GET['product']) ? (int) $_GET['product'] : 0;
if ($productId <= 0) {
    $productId = (int) (featured_product_id() ?? 0);
}

$url = sprintf('https://%s/products/%d/thumb-320.jpg', MEDIA_HOST, $productId);
$image = fetch_image($url);

if ($image === null) {
    header('Content-Type: image/svg+xml');
    readfile(__DIR__ . '/img/placeholder.svg');
    exit;
}

header('Content-Type: image/jpeg');
header('Cache-Control: public, max-age=86400');
echo $image;