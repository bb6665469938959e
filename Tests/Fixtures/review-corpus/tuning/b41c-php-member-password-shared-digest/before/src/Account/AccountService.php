<?php

declare(strict_types=1);

namespace Members\Account;

use InvalidArgumentException;
use PDO;
use Psr\Log\LoggerInterface;

final class AccountService
{
    public function __construct(
        private PDO $db,
        private LoggerInterface $log,
    ) {
    }

    public function register(string $email, string $password): int
    {
        if (strlen($password) < 10) {
            throw new InvalidArgumentException('Password must be at least 10 characters.');
        }
        $stmt = $this->db->prepare(
            'INSERT INTO members (email, password_hash, created_at) VALUES (:email, :hash, NOW())'
        );
        $stmt->execute([
            'email' => strtolower(trim($email)),
            'hash' => password_hash($password, PASSWORD_DEFAULT),
        ]);
        $id = (int) $this->db->lastInsertId();
        $this->log->info('member registered', ['id' => $id]);

        return $id;
    }

    public function verify(string $email, string $password): ?int
    {
        $stmt = $this->db->prepare('SELECT id, password_hash FROM members WHERE email = :email');
        $stmt->execute(['email' => strtolower(trim($email))]);
        $row = $stmt->fetch(PDO::FETCH_ASSOC);
        if ($row === false || !password_verify($password, $row['password_hash'])) {
            return null;
        }
        if (password_needs_rehash($row['password_hash'], PASSWORD_DEFAULT)) {
            $this->updateHash((int) $row['id'], password_hash($password, PASSWORD_DEFAULT));
        }

        return (int) $row['id'];
    }

    private function updateHash(int $id, string $hash): void
    {
        $this->db->prepare('UPDATE members SET password_hash = :hash WHERE id = :id')
            ->execute(['hash' => $hash, 'id' => $id]);
    }
}
