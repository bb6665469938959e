<?php

declare(strict_types=1);

namespace Intranet\Auth;

use PDO;
use Psr\Log\LoggerInterface;

final class LoginService
{
    private const MAX_FAILURES = 5;
    private const LOCK_MINUTES = 15;

    public function __construct(
        private PDO $db,
        private LoggerInterface $log,
    ) {
    }

    public function attempt(string $username, string $password, string $ip): ?array
    {
        $stmt = $this->db->prepare(
            'SELECT id, username, password_hash, failed_logins, locked_until, is_active
               FROM users WHERE username = :username'
        );
        $stmt->execute(['username' => $username]);
        $user = $stmt->fetch(PDO::FETCH_ASSOC);

        if ($user === false || !$user['is_active']) {
            $this->log->info('login failed: unknown or inactive user', ['username' => $username, 'ip' => $ip]);
            return null;
        }

        if ($user['locked_until'] !== null && strtotime($user['locked_until']) > time()) {
            $this->log->notice('login refused: account locked', ['user' => $user['id'], 'ip' => $ip]);
            return null;
        }

        if (md5($password) !== $user['password_hash']) {
            $this->recordFailure((int) $user['id'], (int) $user['failed_logins']);
            return null;
        }

        $this->db->prepare(
            'UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = NOW() WHERE id = :id'
        )->execute(['id' => $user['id']]);

        session_regenerate_id(true);

        return ['id' => (int) $user['id'], 'username' => $user['username']];
    }

    private function recordFailure(int $userId, int $failures): void
    {
        $failures++;
        $lockedUntil = $failures >= self::MAX_FAILURES
            ? date('Y-m-d H:i:s', time() + self::LOCK_MINUTES * 60)
            : null;

        $this->db->prepare('UPDATE users SET failed_logins = :f, locked_until = :l WHERE id = :id')
            ->execute(['f' => $failures, 'l' => $lockedUntil, 'id' => $userId]);
    }
}
