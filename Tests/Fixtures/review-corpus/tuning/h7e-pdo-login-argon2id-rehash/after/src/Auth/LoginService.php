<?php

declare(strict_types=1);

namespace Clinic\Auth;

use Clinic\Auth\Exception\AccountLocked;
use Clinic\Auth\Exception\InvalidCredentials;
use PDO;
use Psr\Log\LoggerInterface;

final class LoginService
{
    private const MAX_FAILURES = 5;

    private const HASH_ALGO = PASSWORD_ARGON2ID;

    private const HASH_OPTIONS = [
        'memory_cost' => 65536,
        'time_cost' => 4,
        'threads' => 1,
    ];

    public function __construct(
        private readonly PDO $db,
        private readonly LoggerInterface $log,
    ) {
    }

    public function attempt(string $username, string $password, string $ip): int
    {
        $stmt = $this->db->prepare(
            'SELECT id, password_hash, failed_logins, locked_until
               FROM staff_users
              WHERE username = ? AND active = 1'
        );
        $stmt->execute([$username]);
        $user = $stmt->fetch(PDO::FETCH_ASSOC);

        if ($user === false) {
            // Burn comparable time so unknown usernames are not distinguishable by timing.
            password_verify($password, '$2y$12$8n2Zk0b1cWJx1Jm7y9Yb5eQy0cQm2n8i3oB1rP4sT6uV8wX0yZ2Aa');
            throw new InvalidCredentials();
        }

        if ($user['locked_until'] !== null && strtotime($user['locked_until']) > time()) {
            throw new AccountLocked($user['locked_until']);
        }

        if (!password_verify($password, $user['password_hash'])) {
            $this->recordFailure((int) $user['id'], (int) $user['failed_logins'] + 1, $ip);
            throw new InvalidCredentials();
        }

        $this->db->prepare('UPDATE staff_users SET failed_logins = 0, locked_until = NULL, last_login_at = NOW(), last_login_ip = ? WHERE id = ?')
            ->execute([$ip, $user['id']]);

        // Opportunistically move bcrypt hashes to Argon2id; we only have the plaintext here.
        if (password_needs_rehash($user['password_hash'], self::HASH_ALGO, self::HASH_OPTIONS)) {
            $this->db->prepare('UPDATE staff_users SET password_hash = ? WHERE id = ?')
                ->execute([password_hash($password, self::HASH_ALGO, self::HASH_OPTIONS), $user['id']]);
            $this->log->info('Upgraded password hash', ['user' => (int) $user['id']]);
        }

        return (int) $user['id'];
    }

    private function recordFailure(int $userId, int $failures, string $ip): void
    {
        $lockUntil = $failures >= self::MAX_FAILURES ? date('Y-m-d H:i:s', time() + 15 * 60) : null;

        $this->db->prepare('UPDATE staff_users SET failed_logins = ?, locked_until = ? WHERE id = ?')
            ->execute([$failures, $lockUntil, $userId]);

        $this->log->notice('Failed staff login', ['user' => $userId, 'ip' => $ip, 'failures' => $failures]);
    }
}
