<?php

declare(strict_types=1);

namespace App\Repository;

use Doctrine\DBAL\Connection;

final class OrderSummaryRepository
{
    public function __construct(private readonly Connection $connection)
    {
    }

    /**
     * @return array<string, mixed>|null
     */
    public function findForTenant(int $tenantId, int $orderId): ?array
    {
        $row = $this->connection->fetchAssociative(
            'SELECT o.id, o.reference, o.status, o.total_cents, o.currency, c.email AS customer_email
               FROM orders o
               JOIN customers c ON c.id = o.customer_id
              WHERE o.id = ? AND o.tenant_id = ?',
            [$orderId, $tenantId],
        );

        return $row === false ? null : $row;
    }
}
