<?php
declare(strict_types=1);

require_once __DIR__ . '/../lib/bootstrap.php';
require_once __DIR__ . '/../lib/csrf.php';
require_once __DIR__ . '/../lib/mailer.php';

/** @var PDO $pdo */
$pdo = db();

if ($_SERVER['REQUEST_METHOD'] !== 'POST') {
    render('signup', ['csrf' => csrf_token()]);
    exit;
}

if (!csrf_verify($_POST['_csrf'] ?? '')) {
    http_response_code(419);
    render('signup', ['error' => 'Your session expired, please try again.', 'csrf' => csrf_token()]);
    exit;
}

$email = strtolower(trim((string)($_POST['email'] ?? '')));
$name = trim((string)($_POST['name'] ?? ''));
$password = (string)($_POST['password'] ?? '');
$confirm = (string)($_POST['password_confirmation'] ?? '');

$errors = [];
if (!filter_var($email, FILTER_VALIDATE_EMAIL)) {
    $errors[] = 'Please enter a valid email address.';
}
if ($name === '' || mb_strlen($name) > 120) {
    $errors[] = 'Please enter your name.';
}
if (strlen($password) < 10) {
    $errors[] = 'Passwords need at least 10 characters.';
}
if (!hash_equals($password, $confirm)) {
    $errors[] = 'The two passwords do not match.';
}

$exists = $pdo->prepare('SELECT 1 FROM members WHERE email = :email');
$exists->execute([':email' => $email]);
if ($exists->fetchColumn()) {
    $errors[] = 'An account with that email already exists.';
}

if ($errors) {
    render('signup', ['errors' => $errors, 'old' => ['email' => $email, 'name' => $name], 'csrf' => csrf_token()]);
    exit;
}

$hash = password_hash($password, PASSWORD_DEFAULT);
$verifyToken = bin2hex(random_bytes(32));

$insert = $pdo->prepare(
    'INSERT INTO members (email, name, password_hash, verify_token, created_at)
     VALUES (:email, :name, :hash, :token, NOW())'
);
$insert->execute([
    ':email' => $email,
    ':name' => $name,
    ':hash' => $hash,
    ':token' => hash('sha256', $verifyToken),
]);

send_mail($email, 'Confirm your account', 'emails/verify', [
    'name' => $name,
    'link' => app_url('/verify.php?token=' . urlencode($verifyToken)),
]);

session_regenerate_id(true);
$_SESSION['flash'] = 'Check your inbox to confirm your email address.';
header('Location: /login.php');
exit;