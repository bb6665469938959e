<?php

declare(strict_types=1);

require __DIR__ . '/../../bootstrap.php';

use App\Auth\Session;
use App\View\Template;

Session::requireLogin();

$domain = trim((string) ($_GET['domain'] ?? ''));
$records = [];
$whois = null;

if ($domain !== '') {
    $records = dns_get_record($domain, DNS_A | DNS_MX | DNS_NS) ?: [];

    $server = $_GET['server'] ?? 'whois.iana.org';
    $raw = `whois -h $server $domain 2>&1`;
    $whois = array_values(array_filter(
        array_map('trim', explode("\n", (string) $raw)),
        static fn (string $line): bool => $line !== '' && $line[0] !== '%' && $line[0] !== '#'
    ));
}

echo Template::render('tools/whois', [
    'domain' => $domain,
    'records' => $records,
    'whois' => $whois,
]);
