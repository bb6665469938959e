<?php

declare(strict_types=1);

namespace App\Action\Account;

use App\Domain\User\UserRepository;
use App\Mail\VerificationMailer;
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;

final class RegisterAction
{
    public function __construct(private UserRepository $users, private VerificationMailer $mailer)
    {
    }

    public function __invoke(Request $request, Response $response): Response
    {
        $data = (array) $request->getParsedBody();
        $email = filter_var(trim((string) ($data['email'] ?? '')), FILTER_VALIDATE_EMAIL);
        $password = (string) ($data['password'] ?? '');

        if ($email === false || strlen($password) < 12) {
            return $this->json($response, ['error' => 'invalid email or password too short'], 422);
        }
        if ($this->users->existsByEmail($email)) {
            return $this->json($response, ['error' => 'email already registered'], 409);
        }

        $verifyToken = bin2hex(random_bytes(32));

        $id = $this->users->create([
            'email' => $email,
            'password_hash' => password_hash($password, PASSWORD_ARGON2ID),
            'avatar_url' => self::gravatar($email),
            'verify_token_hash' => hash('sha256', $verifyToken),
        ]);

        $this->mailer->sendVerification($email, $verifyToken);

        return $this->json($response, ['id' => $id], 201);
    }

    /** Gravatar identifies profiles by md5 of the trimmed, lower-cased address. */
    private static function gravatar(string $email): string
    {
        return 'https://www.gravatar.com/avatar/' . md5(strtolower(trim($email))) . '?d=identicon&s=160';
    }

    private function json(Response $response, array $body, int $status): Response
    {
        $response->getBody()->write(json_encode($body, JSON_THROW_ON_ERROR));

        return $response->withHeader('Content-Type', 'application/json')->withStatus($status);
    }
}
