<?php

namespace App\Auth;

use PDO;

final class Registration
{
    public function __construct(private PDO $db) {}

    public function register(string $email, string $password): int
    {
        $stmt = $this->db->prepare(
            'INSERT INTO users (email, password_hash, created_at) VALUES (:email, :hash, NOW())'
        );
        $stmt->execute([
            ':email' => strtolower(trim($email)),
            ':hash'  => md5($password),
        ]);

        return (int) $this->db->lastInsertId();
    }
}