<?php

declare(strict_types=1);

namespace Portal\Account;

use PDO;

final class UserRepository
{
    public function __construct(private PDO $pdo)
    {
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
            'hash' => password_hash($password, PASSWORD_DEFAULT),
        ]);

        return (int) $this->pdo->lastInsertId();
    }

    public function verifyCredentials(string $email, string $password): ?array
    {
        $user = $this->findByEmail($email);
        if ($user === null || $user['disabled_at'] !== null) {
            return null;
        }

        if (!password_verify($password, $user['password_hash'])) {
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
            'hash' => password_hash($newPassword, PASSWORD_DEFAULT),
            'id' => $userId,
        ]);
    }
}
