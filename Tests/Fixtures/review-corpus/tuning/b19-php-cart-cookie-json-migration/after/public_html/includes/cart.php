<?php
/**
 * Shopping cart helpers. The cart lives in a cookie so anonymous visitors keep it
 * across visits without a session row.
 */

require_once __DIR__ . '/db.php';
require_once __DIR__ . '/products.php';

const CART_COOKIE = 'shop_cart';
const CART_MAX_LINES = 50;
const CART_TTL = 2592000; // 30 days

function cart_load(): array
{
    if (empty($_COOKIE[CART_COOKIE])) {
        return [];
    }
    $raw = base64_decode($_COOKIE[CART_COOKIE], true);
    if ($raw === false) {
        return [];
    }
    $cart = json_decode($raw, true, 4);
    if (!is_array($cart) && str_starts_with($raw, 'a:')) {
        // Cookies written before the JSON switch; drop this branch after 2024-09.
        $cart = unserialize($raw, ['allowed_classes' => false, 'max_depth' => 2]);
    }
    return is_array($cart) ? cart_normalise($cart) : [];
}

function cart_save(array $cart): void
{
    $cart = cart_normalise($cart);
    $encoded = base64_encode(json_encode($cart, JSON_THROW_ON_ERROR));
    setcookie(CART_COOKIE, $encoded, [
        'expires' => time() + CART_TTL,
        'path' => '/',
        'secure' => true,
        'httponly' => true,
        'samesite' => 'Lax',
    ]);
    $_COOKIE[CART_COOKIE] = $encoded;
}

function cart_normalise(array $cart): array
{
    $clean = [];
    foreach ($cart as $productId => $qty) {
        $productId = (int) $productId;
        $qty = (int) $qty;
        if ($productId > 0 && $qty > 0) {
            $clean[$productId] = min($qty, 99);
        }
        if (count($clean) >= CART_MAX_LINES) {
            break;
        }
    }
    return $clean;
}

function cart_add(int $productId, int $qty = 1): void
{
    $cart = cart_load();
    $cart[$productId] = ($cart[$productId] ?? 0) + $qty;
    cart_save($cart);
}

function cart_remove(int $productId): void
{
    $cart = cart_load();
    unset($cart[$productId]);
    cart_save($cart);
}

function cart_lines(PDO $db): array
{
    $cart = cart_load();
    if (!$cart) {
        return [];
    }
    $products = products_by_ids($db, array_keys($cart));
    $lines = [];
    foreach ($products as $product) {
        $qty = $cart[$product['id']];
        $lines[] = [
            'product' => $product,
            'qty' => $qty,
            'subtotal_cents' => $qty * (int) $product['price_cents'],
        ];
    }
    return $lines;
}