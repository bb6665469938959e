<?php

namespace App\Auth;

use App\Models\User;
use App\Repositories\UserRepository;

class PasswordAuthenticator
{
    private const DUMMY_HASH = '$2y$12$o6eJZQV7.qPjnuRVKsX7jHmX7R77Ao4QpYtparMx5S06NySVbR9Zy';

    public function __construct(private UserRepository $users)
    {
    }

    public function attempt(string $email, string $password): ?User
    {
        $user = $this->users->findByEmail($email);
        if ($user === null) {
            // keep timing roughly equal for unknown emails
            password_verify($password, self::DUMMY_HASH);
            return null;
        }

        $legacy = str_starts_with($user->password_hash, 'md5:');

        if ($legacy) {
            // accounts imported from the old forum: verify once, then upgrade below
            $ok = hash_equals(substr($user->password_hash, 4), md5($user->legacy_salt . $password));
        } else {
            $ok = password_verify($password, $user->password_hash);
        }

        if (!$ok) {
            return null;
        }

        if ($legacy || password_needs_rehash($user->password_hash, PASSWORD_ARGON2ID)) {
            $this->users->updatePasswordHash(
                $user->id,
                password_hash($password, PASSWORD_ARGON2ID),
                clearLegacySalt: true,
            );
        }

        return $user;
    }
}
