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

        return password_hash($this->peppered($plainPassword), \PASSWORD_ARGON2ID, self::OPTIONS);
    }

    public function verify(string $hashedPassword, string $plainPassword): bool
    {
        if ('' === $plainPassword || $this->isPasswordTooLong($plainPassword)) {
            return false;
        }

        return password_verify($this->peppered($plainPassword), $hashedPassword);
    }

    public function needsRehash(string $hashedPassword): bool
    {
        return password_needs_rehash($hashedPassword, \PASSWORD_ARGON2ID, self::OPTIONS);
    }

    private function peppered(string $plainPassword): string
    {
        return hash_hmac('sha256', $plainPassword, $this->pepper);
    }
}
