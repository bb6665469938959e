<?php
require __DIR__ . '/../bootstrap.php';

$user = require_login();
$dir = __DIR__ . '/../storage/manuals';

$manuals = array_map('basename', glob($dir . '/*.pdf') ?: []);
sort($manuals);
?>
<h1>Product manuals</h1>
<ul>
<?php foreach ($manuals as $m): ?>
  <li><a href="?f=<?= urlencode($m) ?>"><?= htmlspecialchars($m) ?></a></li>
<?php endforeach; ?>
</ul>
