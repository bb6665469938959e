<?php

declare(strict_types=1);

namespace App\Repository;

use Doctrine\DBAL\Connection;

final class OrderSummaryRepository
{
    private const SUMMARY_SELECT = 'SELECT o.id, o.reference, o.status, o.total_cents, o.currency, c.email AS customer_email
               FROM orders o
               JOIN customers c ON c.id = o.customer_id';

    private const MAX_BATCH = 200;

    public function __construct(private readonly Connection $connection)
    {
    }

    /**
     * @return array<string, mixed>|null
     */
    public function findForTenant(int $tenantId, int $orderId): ?array
    {
        $row = $this->connection->fetchAssociative(
            self::SUMMARY_SELECT.' WHERE o.id = ? AND o.tenant_id = ?',
            [$orderId, $tenantId],
        );

        return $row === false ? null : $row;
    }

    /**
     * Backs the bulk "print packing slips" action, which posts the ids ticked in the grid.
     *
     * @param list<int|string> $orderIds
     *
     * @return list<array<string, mixed>>
     */
    public function findManyForTenant(int $tenantId, array $orderIds): array
    {
        $ids = array_slice(array_values(array_unique(array_map('intval', $orderIds))), 0, self::MAX_BATCH);
        if ($ids === []) {
            return [];
        }

        $placeholders = implode(', ', array_fill(0, \count($ids), '?'));
        $sql = self::SUMMARY_SELECT." WHERE o.id IN ({$placeholders}) AND o.tenant_id = ? ORDER BY o.id";

        return $this->connection->fetchAllAssociative($sql, [...$ids, $tenantId]);
    }
}
