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
            // Guest sessions expire after 24 minutes; fall back to the long-lived cookie copy.
            $cart = isset($_COOKIE['shop_cart']) ? unserialize(base64_decode($_COOKIE['shop_cart'])) : null;

            return $cart instanceof Cart ? $cart : new Cart();
        }

        return Cart::fromArray($_SESSION['cart']);
    }

    public function save(Cart $cart): void
    {
        $_SESSION['cart'] = $cart->toArray();
        setcookie('shop_cart', base64_encode(serialize($cart)), ['expires' => time() + 2592000, 'path' => '/', 'httponly' => true]);
    }

    public function clear(): void
    {
        unset($_SESSION['cart']);
    }
}
