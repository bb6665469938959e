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

        return $row ?: null;
    }
}
