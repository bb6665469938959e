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
        $data = json_decode($_COOKIE[self::COOKIE], true);
        if (!is_array($data)) {
            return new Cart();
        }
        return Cart::fromArray($data);
    }

    public function save(Cart $cart): void
    {
        setcookie(self::COOKIE, json_encode($cart->toArray()), [
            'expires' => time() + self::TTL,
            'path' => '/',
            'secure' => true,
            'httponly' => true,
            'samesite' => 'Lax',
        ]);
    }
}
