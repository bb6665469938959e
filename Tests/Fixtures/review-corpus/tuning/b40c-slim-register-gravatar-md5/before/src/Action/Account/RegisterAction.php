<?php

declare(strict_types=1);

namespace App\Action\Account;

use App\Domain\User\UserRepository;
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;

final class RegisterAction
{
    public function __construct(private UserRepository $users)
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

        $id = $this->users->create([
            'email' => $email,
            'password_hash' => password_hash($password, PASSWORD_ARGON2ID),
        ]);

        return $this->json($response, ['id' => $id], 201);
    }

    private function json(Response $response, array $body, int $status): Response
    {
        $response->getBody()->write(json_encode($body, JSON_THROW_ON_ERROR));

        return $response->withHeader('Content-Type', 'application/json')->withStatus($status);
    }
}
