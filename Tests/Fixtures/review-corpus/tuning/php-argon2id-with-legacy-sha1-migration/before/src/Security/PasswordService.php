<?php

declare(strict_types=1);

namespace App\Security;

final class PasswordService
{
    public function hash(string $plain): string
    {
        return sha1($plain);
    }

    public function verify(string $plain, string $stored): bool
    {
        return hash_equals($stored, sha1($plain));
    }
}