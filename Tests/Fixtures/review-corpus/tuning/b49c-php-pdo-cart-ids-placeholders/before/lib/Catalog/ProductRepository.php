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
}
