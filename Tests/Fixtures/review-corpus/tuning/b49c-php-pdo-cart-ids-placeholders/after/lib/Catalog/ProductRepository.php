<?php

declare(strict_types=1);

namespace Shop\Catalog;

use PDO;

final class ProductRepository
{
    public function __construct(private PDO $pdo)
    {
    }

    public function findById(int $id): ?Product
    {
        $stmt = $this->pdo->prepare(
            'SELECT id, sku, name, price_cents, stock FROM products WHERE id = :id AND deleted_at IS NULL'
        );
        $stmt->execute(['id' => $id]);
        $row = $stmt->fetch(PDO::FETCH_ASSOC);

        return $row === false ? null : Product::fromRow($row);
    }

    public function findBySku(string $sku): ?Product
    {
        $stmt = $this->pdo->prepare(
            'SELECT id, sku, name, price_cents, stock FROM products WHERE sku = :sku AND deleted_at IS NULL'
        );
        $stmt->execute(['sku' => $sku]);
        $row = $stmt->fetch(PDO::FETCH_ASSOC);

        return $row === false ? null : Product::fromRow($row);
    }

    /**
     * @param list<int|string> $ids  product ids straight from the cart cookie
     * @return list<Product>
     */
    public function findMany(array $ids, string $sort = 'name'): array
    {
        $ids = array_values(array_unique(array_map('intval', $ids)));
        if ($ids === []) {
            return [];
        }

        $orderBy = match ($sort) {
            'price' => 'price_cents ASC',
            'stock' => 'stock DESC',
            default => 'name ASC',
        };
        $placeholders = implode(', ', array_fill(0, count($ids), '?'));

        $stmt = $this->pdo->prepare(
            "SELECT id, sku, name, price_cents, stock FROM products
             WHERE id IN ($placeholders) AND deleted_at IS NULL
             ORDER BY $orderBy"
        );
        $stmt->execute($ids);

        return array_map(
            [Product::class, 'fromRow'],
            $stmt->fetchAll(PDO::FETCH_ASSOC)
        );
    }
}
