<?php

declare(strict_types=1);

namespace Acme\Auth;

use PDO;

final class PasswordResetService
{
    private const TTL_SECONDS = 3600;

    public function __construct(
        private PDO $db,
        private Mailer $mailer,
    ) {
    }

    public function requestReset(string $email): void
    {
        $stmt = $this->db->prepare('SELECT id, email FROM users WHERE email = :email AND disabled = 0');
        $stmt->execute(['email' => strtolower(trim($email))]);
        $user = $stmt->fetch(PDO::FETCH_ASSOC);
        if ($user === false) {
            return; // don't reveal whether the address exists
        }

        $token = bin2hex(random_bytes(16));

        $insert = $this->db->prepare(
            'INSERT INTO password_resets (user_id, token, expires_at) VALUES (:uid, :token, :exp)'
        );
        $insert->execute([
            'uid' => $user['id'],
            'token' => $token,
            'exp' => date('Y-m-d H:i:s', time() + self::TTL_SECONDS),
        ]);

        $this->mailer->sendPasswordReset($user['email'], $token);
    }
}
