<?php

declare(strict_types=1);

namespace Members\Account;

use InvalidArgumentException;
use PDO;
use Psr\Log\LoggerInterface;

final class AccountService
{
    /**
     * @param string $pepper shared with the forum bridge and the Go SSO service (config/secrets.php)
     */
    public function __construct(
        private PDO $db,
        private LoggerInterface $log,
        private string $pepper,
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
            'hash' => $this->digest($password),
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
        if ($row === false) {
            return null;
        }

        $hash = $row['password_hash'];
        if (str_starts_with($hash, '$2y$')) {
            // Pre-migration bcrypt row: check it once, then store the shared digest instead.
            if (!password_verify($password, $hash)) {
                return null;
            }
            $this->updateHash((int) $row['id'], $this->digest($password));
        } elseif (!hash_equals($hash, $this->digest($password))) {
            return null;
        }

        return (int) $row['id'];
    }

    /**
     * The forum bridge and the SSO service both check logins against members.password_hash
     * and neither can do bcrypt, so every service computes the same keyed digest.
     */
    private function digest(string $password): string
    {
        return hash_hmac('sha256', $password, $this->pepper);
    }

    private function updateHash(int $id, string $hash): void
    {
        $this->db->prepare('UPDATE members SET password_hash = :hash WHERE id = :id')
            ->execute(['hash' => $hash, 'id' => $id]);
    }
}
