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

        // Only one live reset link per user; store a digest so a DB leak doesn't leak links.
        $this->db->prepare('DELETE FROM password_resets WHERE user_id = :uid')->execute(['uid' => $user['id']]);
        $token = rtrim(strtr(base64_encode(random_bytes(32)), '+/', '-_'), '=');
        $tokenHash = hash('sha256', $token);

        $insert = $this->db->prepare(
            'INSERT INTO password_resets (user_id, token_hash, expires_at) VALUES (:uid, :token_hash, :exp)'
        );
        $insert->execute([
            'uid' => $user['id'],
            'token_hash' => $tokenHash,
            'exp' => date('Y-m-d H:i:s', time() + self::TTL_SECONDS),
        ]);

        $this->mailer->sendPasswordReset($user['email'], $token);
    }
}
