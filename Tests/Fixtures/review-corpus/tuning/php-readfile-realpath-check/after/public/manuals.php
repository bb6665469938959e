<?php
require __DIR__ . '/../bootstrap.php';

$user = require_login();
$dir = __DIR__ . '/../storage/manuals';

if (isset($_GET['f'])) {
    $base = realpath($dir);
    $path = realpath($dir . '/' . basename((string) $_GET['f']));
    if ($path !== false && str_starts_with($path, $base . DIRECTORY_SEPARATOR) && str_ends_with($path, '.pdf')) {
        header('Content-Type: application/pdf');
        header('Content-Disposition: attachment; filename="' . basename($path) . '"');
        readfile($path);
        exit;
    }
    http_response_code(404);
}

$manuals = array_map('basename', glob($dir . '/*.pdf') ?: []);
sort($manuals);
?>
<h1>Product manuals</h1>
<ul>
<?php foreach ($manuals as $m): ?>
  <li><a href="?f=<?= urlencode($m) ?>"><?= htmlspecialchars($m) ?></a></li>
<?php endforeach; ?>
</ul>
