<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\RedirectResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;

class LocaleController extends AbstractController
{
    private const SUPPORTED = ['en', 'de', 'fr', 'nl'];

    #[Route('/locale/{locale}', name: 'app_locale_switch', methods: ['GET'])]
    public function switch(Request $request, string $locale): RedirectResponse
    {
        if (!in_array($locale, self::SUPPORTED, true)) {
            throw $this->createNotFoundException();
        }

        $request->getSession()->set('_locale', $locale);

        return $this->redirectToRoute('app_dashboard');
    }
}
