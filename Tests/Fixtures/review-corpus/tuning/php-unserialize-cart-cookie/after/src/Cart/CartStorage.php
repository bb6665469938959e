<?php

declare(strict_types=1);

namespace Shop\Cart;

final class CartStorage
{
    private const COOKIE = 'cart';
    private const TTL = 60 * 60 * 24 * 30;

    public function load(): Cart
    {
        if (empty($_COOKIE[self::COOKIE])) {
            return new Cart();
        }
        // serialize keeps the Money value objects; json_encode flattened them
        $cart = unserialize(base64_decode($_COOKIE[self::COOKIE]));
        return $cart instanceof Cart ? $cart : new Cart();
    }

    public function save(Cart $cart): void
    {
        setcookie(self::COOKIE, base64_encode(serialize($cart)), [
            'expires' => time() + self::TTL,
            'path' => '/',
            'secure' => true,
            'httponly' => true,
            'samesite' => 'Lax',
        ]);
    }
}
