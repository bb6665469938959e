<?php
declare(strict_types=1);

require __DIR__ . '/../vendor/autoload.php';

use App\Auth\Session;
use App\Db;
use App\Storage\DocumentRepository;

Session::start();
$user = Session::requireUser();

$docId = filter_input(INPUT_GET, 'id', FILTER_VALIDATE_INT);
if ($docId === false || $docId === null) {
    http_response_code(400);
    exit('bad id');
}

$repo = new DocumentRepository(Db::connection());
$doc = $repo->findForUser($docId, $user->id);
if ($doc === null) {
    http_response_code(404);
    exit('not found');
}

$cacheDir = dirname(__DIR__) . '/var/previews';
if (!is_dir($cacheDir) && !mkdir($cacheDir, 0750, true) && !is_dir($cacheDir)) {
    http_response_code(500);
    exit('cache unavailable');
}

// Page and resolution are user-selectable in the viewer; clamp both so a
// request can't ask for page 10^9 or a 5000 dpi render.
$page = max(1, min((int) ($_GET['page'] ?? 1), max(1, (int) $doc->pageCount)));
$dpi = max(36, min((int) ($_GET['dpi'] ?? 72), 200));

$prefix = sprintf('%s/%d-p%d-r%d', $cacheDir, $doc->id, $page, $dpi);
$png = $prefix . '.png';

if (!is_file($png)) {
    $cmd = sprintf(
        'pdftoppm -f %d -l %d -r %d -singlefile -png %s %s 2>&1',
        $page,
        $page,
        $dpi,
        escapeshellarg($doc->storagePath),
        escapeshellarg($prefix)
    );
    exec($cmd, $output, $rc);
    if ($rc !== 0) {
        error_log(sprintf('pdftoppm failed for doc %d: %s', $doc->id, implode("\n", $output)));
        http_response_code(500);
        exit('preview failed');
    }
}

header('Content-Type: image/png');
header('Cache-Control: private, max-age=3600');
header('Content-Length: ' . (string) filesize($png));
readfile($png);
