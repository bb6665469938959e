<?php

declare(strict_types=1);

namespace Clinic\Auth;

use Clinic\Auth\Exception\InvalidCredentials;
use Clinic\Auth\Exception\WeakPassword;
use PDO;
use Psr\Log\LoggerInterface;

final class AccountService
{
    private const MIN_PASSWORD_LENGTH = 12;

    public function __construct(
        private readonly PDO $db,
        private readonly LoggerInterface $logger,
    ) {
    }

    public function register(string $email, string $password, string $displayName): int
    {
        $this->assertStrong($password);

        $stmt = $this->db->prepare(
            'INSERT INTO accounts (email, display_name, password_hash, created_at)
             VALUES (:email, :name, :hash, NOW())'
        );
        $stmt->execute([
            'email' => strtolower(trim($email)),
            'name'  => $displayName,
            'hash'  => password_hash($password, PASSWORD_DEFAULT),
        ]);

        $id = (int) $this->db->lastInsertId();
        $this->logger->info('account registered', ['account_id' => $id]);
        return $id;
    }

    public function authenticate(string $email, string $password): int
    {
        $stmt = $this->db->prepare('SELECT id, password_hash FROM accounts WHERE email = :email AND disabled_at IS NULL');
        $stmt->execute(['email' => strtolower(trim($email))]);
        $row = $stmt->fetch(PDO::FETCH_ASSOC);

        if ($row === false || !password_verify($password, $row['password_hash'])) {
            throw new InvalidCredentials();
        }

        if (password_needs_rehash($row['password_hash'], PASSWORD_DEFAULT)) {
            $this->storeHash((int) $row['id'], password_hash($password, PASSWORD_DEFAULT));
        }

        return (int) $row['id'];
    }

    public function changePassword(int $accountId, string $current, string $new): void
    {
        $stmt = $this->db->prepare('SELECT password_hash FROM accounts WHERE id = :id');
        $stmt->execute(['id' => $accountId]);
        $hash = $stmt->fetchColumn();

        if ($hash === false || !password_verify($current, (string) $hash)) {
            throw new InvalidCredentials();
        }

        $this->assertStrong($new);
        $this->storeHash($accountId, password_hash($new, PASSWORD_DEFAULT));
        $this->logger->info('password changed', ['account_id' => $accountId]);
    }

    private function storeHash(int $accountId, string $hash): void
    {
        $stmt = $this->db->prepare('UPDATE accounts SET password_hash = :hash, updated_at = NOW() WHERE id = :id');
        $stmt->execute(['hash' => $hash, 'id' => $accountId]);
    }

    private function assertStrong(string $password): void
    {
        if (mb_strlen($password) < self::MIN_PASSWORD_LENGTH) {
            throw new WeakPassword(sprintf('Password must be at least %d characters.', self::MIN_PASSWORD_LENGTH));
        }
    }
}
