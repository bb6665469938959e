<?php

declare(strict_types=1);

namespace Clinicbook\Auth;

use Clinicbook\Repository\StaffRepository;

final class StaffAuthenticator
{
    public function __construct(private StaffRepository $staff)
    {
    }

    /**
     * Returns the staff id on success, null otherwise.
     */
    public function attempt(string $email, string $password): ?int
    {
        $row = $this->staff->findByEmail(strtolower(trim($email)));
        if ($row === null || (int) $row['is_active'] !== 1) {
            return null;
        }

        $expected = $row['password_hash'];
        $actual = md5($row['password_salt'] . $password);

        if ($expected !== $actual) {
            return null;
        }

        return (int) $row['id'];
    }
}
