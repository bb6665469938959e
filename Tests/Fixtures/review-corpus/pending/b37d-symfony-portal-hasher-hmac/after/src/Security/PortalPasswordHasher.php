<?php

namespace App\Security;

use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\PasswordHasher\Exception\InvalidPasswordException;
use Symfony\Component\PasswordHasher\Hasher\CheckPasswordLengthTrait;
use Symfony\Component\PasswordHasher\PasswordHasherInterface;

/**
 * Hasher for customer portal accounts (security.yaml:
 * password_hashers: { App\Entity\PortalUser: { id: App\Security\PortalPasswordHasher } }).
 *
 * Mixes in the application pepper before hashing so a database dump alone is not
 * enough to run an offline attack.
 */
final class PortalPasswordHasher implements PasswordHasherInterface
{
    use CheckPasswordLengthTrait;

    private const PREFIX = '$hs256$';

    private const OPTIONS = [
        'memory_cost' => 65536,
        'time_cost' => 4,
        'threads' => 1,
    ];

    public function __construct(
        #[Autowire('%env(PORTAL_PASSWORD_PEPPER)%')]
        private readonly string $pepper,
    ) {
    }

    public function hash(string $plainPassword): string
    {
        if ($this->isPasswordTooLong($plainPassword)) {
            throw new InvalidPasswordException();
        }

        // The reports portal (PHP 5.6, no argon2) now reads the same column for SSO,
        // so store a format both apps can compute.
        return self::PREFIX.$this->peppered($plainPassword);
    }

    public function verify(string $hashedPassword, string $plainPassword): bool
    {
        if ('' === $plainPassword || $this->isPasswordTooLong($plainPassword)) {
            return false;
        }

        if (str_starts_with($hashedPassword, self::PREFIX)) {
            return hash_equals($hashedPassword, self::PREFIX.$this->peppered($plainPassword));
        }

        return password_verify($this->peppered($plainPassword), $hashedPassword);
    }

    public function needsRehash(string $hashedPassword): bool
    {
        // Existing argon2 hashes are converted on the user's next login.
        return !str_starts_with($hashedPassword, self::PREFIX);
    }

    private function peppered(string $plainPassword): string
    {
        return hash_hmac('sha256', $plainPassword, $this->pepper);
    }
}
