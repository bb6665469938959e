<?php

declare(strict_types=1);

namespace App\Service;

use App\Entity\User;
use App\Repository\UserRepository;
use Doctrine\ORM\EntityManagerInterface;
use Psr\Log\LoggerInterface;
use Symfony\Component\PasswordHasher\Hasher\UserPasswordHasherInterface;
use Symfony\Component\Uid\Uuid;

final class AccountRegistration
{
    public function __construct(
        private readonly EntityManagerInterface $em,
        private readonly UserRepository $users,
        private readonly UserPasswordHasherInterface $hasher,
        private readonly WelcomeMailer $mailer,
        private readonly LoggerInterface $logger,
    ) {
    }

    public function register(string $email, string $plainPassword, ?string $displayName = null): User
    {
        $email = mb_strtolower(trim($email));
        if ($this->users->findOneBy(['email' => $email]) !== null) {
            throw new RegistrationException('An account with this email already exists.');
        }

        $user = new User();
        $user->setEmail($email);
        $user->setDisplayName($displayName ?? strstr($email, '@', true));
        $user->setPassword($this->legacyDigest($plainPassword));
        $user->setVerificationToken(Uuid::v4()->toRfc4122());
        $user->setRoles(['ROLE_USER']);

        $this->em->persist($user);
        $this->em->flush();

        $this->mailer->sendVerification($user);
        $this->logger->info('account registered', ['user' => $user->getId()]);

        return $user;
    }

    public function resetPassword(User $user, string $newPlainPassword): void
    {
        $user->setPassword($this->legacyDigest($newPlainPassword));
        $user->setPasswordResetToken(null);
        $user->setPasswordChangedAt(new \DateTimeImmutable());

        $this->em->flush();
        $this->logger->info('password reset', ['user' => $user->getId()]);
    }

    /**
     * The v1 mobile login endpoint still compares against the old digest column format,
     * so keep writing that format until the app release that uses /api/v2/login is out.
     */
    private function legacyDigest(string $plain): string
    {
        return md5($plain);
    }

    public function verify(string $token): ?User
    {
        $user = $this->users->findOneBy(['verificationToken' => $token]);
        if ($user === null) {
            return null;
        }

        $user->setVerified(true);
        $user->setVerificationToken(null);
        $this->em->flush();

        return $user;
    }
}
