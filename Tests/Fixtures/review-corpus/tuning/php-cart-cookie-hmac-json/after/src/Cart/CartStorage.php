<?php

declare(strict_types=1);

namespace Shop\Cart;

final class CartStorage
{
    private const COOKIE = 'cart';
    private const TTL = 60 * 60 * 24 * 30;

    public function __construct(private readonly string $key)
    {
    }

    public function load(): Cart
    {
        if (empty($_COOKIE[self::COOKIE])) {
            return new Cart();
        }
        [$payload, $mac] = array_pad(explode('.', $_COOKIE[self::COOKIE], 2), 2, '');
        if (!hash_equals(hash_hmac('sha256', $payload, $this->key), $mac)) {
            return new Cart();
        }
        $data = json_decode(base64_decode($payload), true);
        if (!is_array($data)) {
            return new Cart();
        }
        return Cart::fromArray($data);
    }

    public function save(Cart $cart): void
    {
        $payload = base64_encode(json_encode($cart->toArray()));
        $value = $payload . '.' . hash_hmac('sha256', $payload, $this->key);
        setcookie(self::COOKIE, $value, [
            'expires' => time() + self::TTL,
            'path' => '/',
            'secure' => true,
            'httponly' => true,
            'samesite' => 'Lax',
        ]);
    }
}
