<?php

namespace App\Auth;

use App\Repository\UserRepository;
use InvalidArgumentException;

class UserRegistrar
{
    public function __construct(private UserRepository $users)
    {
    }

    public function register(string $email, string $password, string $displayName): int
    {
        $email = strtolower(trim($email));
        if (!filter_var($email, FILTER_VALIDATE_EMAIL)) {
            throw new InvalidArgumentException('invalid email');
        }
        if (strlen($password) < 10) {
            throw new InvalidArgumentException('password too short');
        }
        if ($this->users->existsByEmail($email)) {
            throw new InvalidArgumentException('email taken');
        }

        return $this->users->insert([
            'email' => $email,
            'display_name' => $displayName,
            'password' => password_hash($password, PASSWORD_ARGON2ID, [
                'memory_cost' => 65536,
                'time_cost' => 4,
                'threads' => 1,
            ]),
            'created_at' => date('c'),
        ]);
    }
}
