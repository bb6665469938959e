<?php

declare(strict_types=1);

namespace App\Auth;

use PDO;

final class UserRegistrar
{
    public function __construct(private PDO $db)
    {
    }

    public function register(string $email, string $password): int
    {
        if (strlen($password) < 10) {
            throw new \InvalidArgumentException('Password too short');
        }

        $hash = password_hash($password, PASSWORD_DEFAULT);

        $stmt = $this->db->prepare('INSERT INTO users (email, password_hash) VALUES (:email, :hash)');
        $stmt->execute(['email' => strtolower($email), 'hash' => $hash]);

        return (int) $this->db->lastInsertId();
    }

    public function verify(string $email, string $password): bool
    {
        $stmt = $this->db->prepare('SELECT password_hash FROM users WHERE email = :email');
        $stmt->execute(['email' => strtolower($email)]);
        $row = $stmt->fetch(PDO::FETCH_ASSOC);

        return $row !== false && password_verify($password, $row['password_hash']);
    }
}
