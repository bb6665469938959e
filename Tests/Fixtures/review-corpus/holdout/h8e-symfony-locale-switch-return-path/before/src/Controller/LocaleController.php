<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\RedirectResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;

class LocaleController extends AbstractController
{
    private const LOCALES = ['en', 'de', 'fr', 'nl'];

    #[Route('/locale/{locale}', name: 'app_locale_switch', methods: ['GET'])]
    public function switch(Request $request, string $locale): RedirectResponse
    {
        if (in_array($locale, self::LOCALES, true)) {
            $request->getSession()->set('_locale', $locale);
        }

        return $this->redirectToRoute('app_home');
    }

    #[Route('/banner/dismiss', name: 'app_banner_dismiss', methods: ['POST'])]
    public function dismissBanner(Request $request): RedirectResponse
    {
        $request->getSession()->set('banner_dismissed', true);

        return $this->redirect($this->safeLocalPath($request->request->get('return')) ?? $this->generateUrl('app_home'));
    }

    /**
     * Same-origin paths only: must start with a single "/" and contain no backslashes or control
     * characters, so "//evil.example", "/\evil.example" and "/\t/evil.example" are all rejected.
     */
    private function safeLocalPath(mixed $target): ?string
    {
        if (!is_string($target) || !preg_match('#^/(?![/\\\\])[^\\\\\x00-\x1f\x7f]*$#D', $target)) {
            return null;
        }

        return $target;
    }
}
