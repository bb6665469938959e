<?php

declare(strict_types=1);

require __DIR__ . '/../../bootstrap.php';

use Shopdesk\Auth\Session;
use Shopdesk\Reports\SalesReport;

$user = Session::requireUser();

$from = DateTimeImmutable::createFromFormat('!Y-m-d', $_GET['from'] ?? '') ?: new DateTimeImmutable('first day of this month');
$to = DateTimeImmutable::createFromFormat('!Y-m-d', $_GET['to'] ?? '') ?: new DateTimeImmutable('today');
$groupBy = in_array($_GET['group'] ?? 'day', ['day', 'week', 'month'], true) ? ($_GET['group'] ?? 'day') : 'day';
$channels = array_values(array_intersect((array) ($_GET['channel'] ?? []), ['web', 'pos', 'marketplace']));

$report = new SalesReport($pdo, $user->tenantId());
$rows = $report->totals($from, $to, $groupBy, $channels);

header('Content-Type: application/json');
header('Cache-Control: private, no-cache');
echo json_encode([
    'from' => $from->format('Y-m-d'),
    'to' => $to->format('Y-m-d'),
    'group' => $groupBy,
    'rows' => $rows,
], JSON_THROW_ON_ERROR);
