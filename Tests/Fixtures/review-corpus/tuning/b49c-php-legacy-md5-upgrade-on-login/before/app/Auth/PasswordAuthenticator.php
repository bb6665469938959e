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

        if (str_starts_with($user->password_hash, 'md5:')) {
            // accounts imported from the old forum, never logged in since
            $ok = md5($user->legacy_salt . $password) === substr($user->password_hash, 4);
        } else {
            $ok = password_verify($password, $user->password_hash);
        }

        return $ok ? $user : null;
    }
}
