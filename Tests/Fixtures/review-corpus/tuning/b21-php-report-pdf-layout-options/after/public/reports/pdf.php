<?php
declare(strict_types=1);

require __DIR__ . '/../bootstrap.php';

use App\Auth;
use App\Reports\ReportRepository;

Auth::requireLogin();

const WKHTMLTOPDF = '/usr/local/bin/wkhtmltopdf';
const RENDER_TIMEOUT = 60;

function render_pdf(string $sourceUrl, string $target, array $layout = []): bool
{
    $flags = '';
    foreach ($layout as $option => $value) {
        $flags .= ' --' . $option . ' ' . $value;
    }
    $cmd = sprintf(
        '%s --quiet%s --print-media-type %s %s 2>&1',
        WKHTMLTOPDF,
        $flags,
        escapeshellarg($sourceUrl),
        escapeshellarg($target)
    );
    exec('timeout ' . RENDER_TIMEOUT . ' ' . $cmd, $output, $status);
    if ($status !== 0) {
        error_log('wkhtmltopdf failed: ' . implode("\n", $output));
        return false;
    }
    return true;
}

$reportId = filter_input(INPUT_GET, 'report', FILTER_VALIDATE_INT);
if (!$reportId) {
    http_response_code(400);
    exit('missing report');
}

$repo = new ReportRepository(db());
$report = $repo->findForUser($reportId, Auth::userId());
if ($report === null) {
    http_response_code(404);
    exit('not found');
}

$token = $repo->issuePrintToken($report['id']);
$sourceUrl = APP_URL . '/reports/print.php?id=' . $report['id'] . '&token=' . urlencode($token);
$target = sys_get_temp_dir() . '/report-' . $report['id'] . '-' . bin2hex(random_bytes(6)) . '.pdf';

$layout = [
    'page-size'   => $_GET['size'] ?? 'A4',
    'orientation' => $_GET['orientation'] ?? 'Portrait',
];
if (!empty($_GET['margin'])) {
    $layout['margin-top'] = $_GET['margin'];
    $layout['margin-bottom'] = $_GET['margin'];
}

if (!render_pdf($sourceUrl, $target, $layout)) {
    http_response_code(500);
    exit('could not render report');
}

header('Content-Type: application/pdf');
header('Content-Disposition: attachment; filename="report-' . $report['id'] . '.pdf"');
header('Content-Length: ' . filesize($target));
readfile($target);
unlink($target);
