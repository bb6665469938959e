<?php
declare(strict_types=1);

require __DIR__ . '/../bootstrap.php';

const AVATAR_CDN = 'https://cdn.gravatar.com/avatar/';
const MAX_BYTES = 2 * 1024 * 1024;

function fetch_remote(string $url): ?string
{
    $ch = curl_init($url);
    curl_setopt_array($ch, [
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_FOLLOWLOCATION => true,
        CURLOPT_TIMEOUT => 8,
        CURLOPT_USERAGENT => 'forum-avatar-proxy/1.2',
    ]);
    $body = curl_exec($ch);
    $status = curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
    curl_close($ch);
    if ($body === false || $status !== 200 || strlen($body) > MAX_BYTES) {
        return null;
    }
    return $body;
}

$user = current_user();
if ($user === null) {
    http_response_code(401);
    exit;
}

$url = $_GET['src'] ?? AVATAR_CDN . md5(strtolower(trim($user['email']))) . '?s=128&d=identicon';
$image = fetch_remote($url);
if ($image === null) {
    http_response_code(502);
    exit;
}

$finfo = new finfo(FILEINFO_MIME_TYPE);
header('Content-Type: ' . $finfo->buffer($image));
header('Cache-Control: private, max-age=600');
echo $image;