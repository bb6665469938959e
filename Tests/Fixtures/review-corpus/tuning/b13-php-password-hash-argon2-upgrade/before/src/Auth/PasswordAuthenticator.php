<?php

namespace App\Auth;

use App\Models\User;
use PDO;

final class PasswordAuthenticator
{
    public function __construct(private PDO $db)
    {
    }

    public function attempt(string $email, string $password): ?User
    {
        $stmt = $this->db->prepare('SELECT id, email, password_hash FROM users WHERE email = :email');
        $stmt->execute(['email' => strtolower(trim($email))]);
        $row = $stmt->fetch(PDO::FETCH_ASSOC);

        if ($row === false) {
            return null;
        }

        if (!hash_equals($row['password_hash'], md5($password))) {
            return null;
        }

        return new User((int) $row['id'], $row['email']);
    }

    public function setPassword(int $userId, string $password): void
    {
        $stmt = $this->db->prepare('UPDATE users SET password_hash = :hash WHERE id = :id');
        $stmt->execute(['hash' => md5($password), 'id' => $userId]);
    }
}