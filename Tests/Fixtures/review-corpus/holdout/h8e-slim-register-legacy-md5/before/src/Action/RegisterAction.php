<?php

declare(strict_types=1);

namespace App\Action;

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
        $email = strtolower(trim((string) ($data['email'] ?? '')));
        $password = (string) ($data['password'] ?? '');

        if (!filter_var($email, FILTER_VALIDATE_EMAIL) || strlen($password) < 10) {
            return $response->withStatus(422);
        }

        if ($this->users->findByEmail($email) !== null) {
            return $response->withStatus(409);
        }

        $this->users->create($email, password_hash($password, PASSWORD_DEFAULT));

        return $response->withStatus(201);
    }
}
