<?php

namespace App\Auth;

use App\Models\User;
use PDO;

final class PasswordAuthenticator
{
    private const OPTIONS = ['memory_cost' => 65536, 'time_cost' => 4, 'threads' => 2];

    public function __construct(private PDO $db)
    {
    }

    public function attempt(string $email, string $password): ?User
    {
        $stmt = $this->db->prepare('SELECT id, email, password_hash FROM users WHERE email = :email');
        $stmt->execute(['email' => strtolower(trim($email))]);
        $row = $stmt->fetch(PDO::FETCH_ASSOC);

        if ($row === false || !password_verify($password, $row['password_hash'])) {
            return null;
        }

        if (password_needs_rehash($row['password_hash'], PASSWORD_ARGON2ID, self::OPTIONS)) {
            $this->setPassword((int) $row['id'], $password);
        }

        return new User((int) $row['id'], $row['email']);
    }

    public function setPassword(int $userId, string $password): void
    {
        $stmt = $this->db->prepare('UPDATE users SET password_hash = :hash WHERE id = :id');
        $stmt->execute([
            'hash' => password_hash($password, PASSWORD_ARGON2ID, self::OPTIONS),
            'id' => $userId,
        ]);
    }
}