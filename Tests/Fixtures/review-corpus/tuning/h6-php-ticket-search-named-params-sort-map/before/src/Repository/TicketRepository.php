<?php

namespace App\Repository;

use PDO;

class TicketRepository
{
    public function __construct(private PDO $pdo)
    {
    }

    public function find(int $id): ?array
    {
        $stmt = $this->pdo->prepare('SELECT * FROM tickets WHERE id = ?');
        $stmt->execute([$id]);
        $row = $stmt->fetch(PDO::FETCH_ASSOC);
        return $row ?: null;
    }

    public function openForQueue(string $queue): array
    {
        $stmt = $this->pdo->prepare("SELECT * FROM tickets WHERE queue = ? AND status = 'open' ORDER BY created_at");
        $stmt->execute([$queue]);
        return $stmt->fetchAll(PDO::FETCH_ASSOC);
    }
}
