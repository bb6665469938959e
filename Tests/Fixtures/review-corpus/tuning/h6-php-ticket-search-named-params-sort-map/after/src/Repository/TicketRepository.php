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

    public function search(array $filters, string $sort = 'created_at'): array
    {
        $sortable = ['created_at' => 'created_at', 'priority' => 'priority DESC', 'updated' => 'updated_at DESC'];
        $orderBy = $sortable[$sort] ?? 'created_at';

        $where = ['1 = 1'];
        $args = [];
        if (!empty($filters['queue'])) {
            $where[] = 'queue = :queue';
            $args['queue'] = $filters['queue'];
        }
        if (!empty($filters['q'])) {
            $where[] = 'subject LIKE :q';
            $args['q'] = '%' . $filters['q'] . '%';
        }

        $sql = 'SELECT * FROM tickets WHERE ' . implode(' AND ', $where) . ' ORDER BY ' . $orderBy . ' LIMIT 100';
        $stmt = $this->pdo->prepare($sql);
        $stmt->execute($args);
        return $stmt->fetchAll(PDO::FETCH_ASSOC);
    }
}
