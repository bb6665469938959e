<?php

declare(strict_types=1);

require __DIR__ . '/../../bootstrap.php';

use App\Auth\Session;
use App\View\Template;

Session::requireLogin();

$domain = trim((string) ($_GET['domain'] ?? ''));
$records = [];

if ($domain !== '') {
    $records = dns_get_record($domain, DNS_A | DNS_MX | DNS_NS) ?: [];
}

echo Template::render('tools/whois', [
    'domain' => $domain,
    'records' => $records,
    'whois' => null,
]);
