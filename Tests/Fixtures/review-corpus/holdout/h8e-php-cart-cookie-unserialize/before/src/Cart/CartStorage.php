<?php

declare(strict_types=1);

namespace Shop\Cart;

/**
 * Keeps the visitor's cart between requests.
 */
final class CartStorage
{
    public function load(): Cart
    {
        if (!isset($_SESSION['cart'])) {
            return new Cart();
        }

        return Cart::fromArray($_SESSION['cart']);
    }

    public function save(Cart $cart): void
    {
        $_SESSION['cart'] = $cart->toArray();
    }

    public function clear(): void
    {
        unset($_SESSION['cart']);
    }
}
