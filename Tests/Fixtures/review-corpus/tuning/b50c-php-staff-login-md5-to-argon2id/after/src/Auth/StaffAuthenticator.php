<?php

declare(strict_types=1);

namespace Clinicbook\Auth;

use Clinicbook\Repository\StaffRepository;

final class StaffAuthenticator
{
    private const ALGO = PASSWORD_ARGON2ID;

    public function __construct(private StaffRepository $staff)
    {
    }

    /**
     * Returns the staff id on success, null otherwise.
     *
     * Accounts still carrying a legacy salted md5 hash are verified once more the old
     * way and immediately upgraded to Argon2id; the salt column is cleared afterwards.
     */
    public function attempt(string $email, string $password): ?int
    {
        $row = $this->staff->findByEmail(strtolower(trim($email)));
        if ($row === null || (int) $row['is_active'] !== 1) {
            return null;
        }

        $stored = $row['password_hash'];
        $id = (int) $row['id'];

        if ($this->isLegacyMd5($stored)) {
            if (!hash_equals($stored, md5($row['password_salt'] . $password))) {
                return null;
            }
            $this->staff->updatePasswordHash($id, password_hash($password, self::ALGO), null);

            return $id;
        }

        if (!password_verify($password, $stored)) {
            return null;
        }

        if (password_needs_rehash($stored, self::ALGO)) {
            $this->staff->updatePasswordHash($id, password_hash($password, self::ALGO), null);
        }

        return $id;
    }

    private function isLegacyMd5(string $hash): bool
    {
        return strlen($hash) === 32 && ctype_xdigit($hash);
    }
}
