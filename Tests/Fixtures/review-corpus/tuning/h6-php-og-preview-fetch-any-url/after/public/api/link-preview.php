<?php

declare(strict_types=1);

require __DIR__ . '/../../bootstrap.php';

header('Content-Type: application/json');

$url = $_GET['url'] ?? '';
if ($url === '') {
    http_response_code(400);
    echo json_encode(['error' => 'url is required']);
    exit;
}

$context = stream_context_create([
    'http' => [
        'timeout' => 5,
        'user_agent' => 'ForumLinkPreview/1.2',
        'follow_location' => 1,
    ],
]);

$html = @file_get_contents($url, false, $context);
if ($html === false) {
    http_response_code(502);
    echo json_encode(['error' => 'could not fetch']);
    exit;
}

$preview = ['url' => $url, 'title' => null, 'image' => null];
if (preg_match('/<meta property="og:title" content="([^"]*)"/i', $html, $m)) {
    $preview['title'] = html_entity_decode($m[1]);
}
if (preg_match('/<meta property="og:image" content="([^"]*)"/i', $html, $m)) {
    $preview['image'] = $m[1];
}

echo json_encode($preview);
