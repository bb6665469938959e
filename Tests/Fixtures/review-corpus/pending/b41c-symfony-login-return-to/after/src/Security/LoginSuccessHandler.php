<?php

declare(strict_types=1);

namespace App\Security;

use Psr\Log\LoggerInterface;
use Symfony\Component\HttpFoundation\RedirectResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Generator\UrlGeneratorInterface;
use Symfony\Component\Security\Core\Authentication\Token\TokenInterface;
use Symfony\Component\Security\Http\Authentication\AuthenticationSuccessHandlerInterface;

final class LoginSuccessHandler implements AuthenticationSuccessHandlerInterface
{
    public function __construct(
        private readonly UrlGeneratorInterface $urls,
        private readonly LoggerInterface $logger,
    ) {
    }

    public function onAuthenticationSuccess(Request $request, TokenInterface $token): RedirectResponse
    {
        $this->logger->info('login.success', [
            'user' => $token->getUserIdentifier(),
            'ip' => $request->getClientIp(),
        ]);

        // Deep links from notification emails go through /login?return_to=/orders/123 when the
        // session has expired; the login form carries it through as a hidden field.
        $returnTo = (string) ($request->request->get('return_to') ?? $request->query->get('return_to', ''));

        return new RedirectResponse($this->targetFor($request, $returnTo));
    }

    private function targetFor(Request $request, string $returnTo): string
    {
        if ($returnTo === '' || $returnTo[0] !== '/') {
            return $this->urls->generate('app_dashboard');
        }

        return $request->getSchemeAndHttpHost().$returnTo;
    }
}
