<?php
require __DIR__ . '/../bootstrap.php';

require_admin();

$backupDir = '/var/backups/site';
$files = glob($backupDir . '/*.tgz') ?: [];
rsort($files);
?>
<h1>Backups</h1>
<form method="post">
  <input name="label" placeholder="label (optional)">
  <button type="submit">Create backup</button>
</form>
<ul>
<?php foreach ($files as $f): ?>
  <li><?= htmlspecialchars(basename($f)) ?> (<?= round(filesize($f) / 1048576, 1) ?> MB)</li>
<?php endforeach; ?>
</ul>
