<?php

declare(strict_types=1);

namespace App\Security;

final class PasswordService
{
    private const OPTIONS = ['memory_cost' => 65536, 'time_cost' => 4, 'threads' => 1];

    public function hash(string $plain): string
    {
        return password_hash($plain, PASSWORD_ARGON2ID, self::OPTIONS);
    }

    public function verify(string $plain, string $stored): bool
    {
        if (strlen($stored) === 40 && ctype_xdigit($stored)) {
            // legacy sha1 row: accept once, caller re-hashes via needsRehash()
            return hash_equals($stored, sha1($plain));
        }
        return password_verify($plain, $stored);
    }

    public function needsRehash(string $stored): bool
    {
        return password_needs_rehash($stored, PASSWORD_ARGON2ID, self::OPTIONS);
    }
}