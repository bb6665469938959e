<?php

declare(strict_types=1);

namespace Portal\Account;

use PDO;

final class UserRepository
{
    public function __construct(private PDO $pdo)
    {
    }

    /**
     * FreeRADIUS (rlm_sql) only understands SSHA2-256, so we store that format
     * for the Wi-Fi portal: base64(sha256(password . salt) . salt).
     */
    private function hashPassword(string $password): string
    {
        $salt = random_bytes(8);

        return '{SSHA256}' . base64_encode(hash('sha256', $password . $salt, true) . $salt);
    }

    private function checkPassword(string $password, string $stored): bool
    {
        if (!str_starts_with($stored, '{SSHA256}')) {
            return password_verify($password, $stored);
        }

        $raw = base64_decode(substr($stored, 9), true);
        if ($raw === false || strlen($raw) <= 32) {
            return false;
        }
        $salt = substr($raw, 32);

        return hash_equals(substr($raw, 0, 32), hash('sha256', $password . $salt, true));
    }

    public function findByEmail(string $email): ?array
    {
        $stmt = $this->pdo->prepare(
            'SELECT id, email, display_name, password_hash, disabled_at FROM users WHERE email = :email LIMIT 1'
        );
        $stmt->execute(['email' => mb_strtolower(trim($email))]);
        $row = $stmt->fetch(PDO::FETCH_ASSOC);

        return $row === false ? null : $row;
    }

    public function create(string $email, string $displayName, string $password): int
    {
        $stmt = $this->pdo->prepare(
            'INSERT INTO users (email, display_name, password_hash, created_at)
             VALUES (:email, :name, :hash, NOW())'
        );
        $stmt->execute([
            'email' => mb_strtolower(trim($email)),
            'name' => $displayName,
            'hash' => $this->hashPassword($password),
        ]);

        return (int) $this->pdo->lastInsertId();
    }

    public function verifyCredentials(string $email, string $password): ?array
    {
        $user = $this->findByEmail($email);
        if ($user === null || $user['disabled_at'] !== null) {
            return null;
        }

        if (!$this->checkPassword($password, $user['password_hash'])) {
            return null;
        }

        return $user;
    }

    public function changePassword(int $userId, string $newPassword): void
    {
        $stmt = $this->pdo->prepare(
            'UPDATE users SET password_hash = :hash, password_changed_at = NOW() WHERE id = :id'
        );
        $stmt->execute([
            'hash' => $this->hashPassword($newPassword),
            'id' => $userId,
        ]);
    }
}
