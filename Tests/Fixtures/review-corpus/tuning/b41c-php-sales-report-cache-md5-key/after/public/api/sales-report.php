<?php

declare(strict_types=1);

require __DIR__ . '/../../bootstrap.php';

use Shopdesk\Auth\Session;
use Shopdesk\Reports\SalesReport;

const REPORT_CACHE_TTL = 300;

$user = Session::requireUser();

$from = DateTimeImmutable::createFromFormat('!Y-m-d', $_GET['from'] ?? '') ?: new DateTimeImmutable('first day of this month');
$to = DateTimeImmutable::createFromFormat('!Y-m-d', $_GET['to'] ?? '') ?: new DateTimeImmutable('today');
$groupBy = in_array($_GET['group'] ?? 'day', ['day', 'week', 'month'], true) ? ($_GET['group'] ?? 'day') : 'day';
$channels = array_values(array_intersect((array) ($_GET['channel'] ?? []), ['web', 'pos', 'marketplace']));
sort($channels);

// The dashboard polls this every 30s per open tab; the query scans order_lines, so cache briefly.
$cacheKey = sprintf(
    'sales-report:%d:%s',
    $user->tenantId(),
    md5(implode('|', [$from->format('Y-m-d'), $to->format('Y-m-d'), $groupBy, implode(',', $channels)]))
);

$body = apcu_fetch($cacheKey, $hit);
if (!$hit) {
    $report = new SalesReport($pdo, $user->tenantId());
    $rows = $report->totals($from, $to, $groupBy, $channels);
    $body = json_encode([
        'from' => $from->format('Y-m-d'),
        'to' => $to->format('Y-m-d'),
        'group' => $groupBy,
        'rows' => $rows,
    ], JSON_THROW_ON_ERROR);
    apcu_store($cacheKey, $body, REPORT_CACHE_TTL);
}

$etag = '"' . sha1($body) . '"';
header('Content-Type: application/json');
header('Cache-Control: private, no-cache');
header('ETag: ' . $etag);
if (($_SERVER['HTTP_IF_NONE_MATCH'] ?? '') === $etag) {
    http_response_code(304);
    exit;
}
echo $body;
