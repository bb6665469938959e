<?php

declare(strict_types=1);

namespace Shop\Account;

use PDO;

final class ProfileService
{
    public function __construct(private PDO $db)
    {
    }

    public function find(int $userId): ?array
    {
        $stmt = $this->db->prepare('SELECT id, email, display_name FROM users WHERE id = :id');
        $stmt->execute(['id' => $userId]);
        $row = $stmt->fetch(PDO::FETCH_ASSOC);
        if (!$row) {
            return null;
        }
        $row['avatar_url'] = $this->gravatarUrl($row['email']);

        return $row;
    }

    public function changePassword(int $userId, string $current, string $new): bool
    {
        $stmt = $this->db->prepare('SELECT password_hash FROM users WHERE id = :id');
        $stmt->execute(['id' => $userId]);
        $hash = (string) $stmt->fetchColumn();

        if (!password_verify($current, $hash)) {
            return false;
        }

        $newHash = password_hash($new, PASSWORD_ARGON2ID, [
            'memory_cost' => 65536,
            'time_cost' => 4,
            'threads' => 2,
        ]);
        $update = $this->db->prepare('UPDATE users SET password_hash = :hash WHERE id = :id');

        return $update->execute(['hash' => $newHash, 'id' => $userId]);
    }

    private function gravatarUrl(string $email): string
    {
        $digest = md5(strtolower(trim($email)));

        return sprintf('https://www.gravatar.com/avatar/%s?s=128&d=identicon', $digest);
    }
}
