<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\RedirectResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;

class LocaleController extends AbstractController
{
    private const SUPPORTED = ['en', 'de', 'fr', 'nl'];

    /** Where the switcher may send the user back to, keyed by the ?next= value. */
    private const RETURN_ROUTES = [
        'dashboard' => 'app_dashboard',
        'invoices' => 'app_invoice_index',
        'settings' => 'app_settings',
        'help' => 'app_help_center',
    ];

    #[Route('/locale/{locale}', name: 'app_locale_switch', methods: ['GET'])]
    public function switch(Request $request, string $locale): RedirectResponse
    {
        if (!in_array($locale, self::SUPPORTED, true)) {
            throw $this->createNotFoundException();
        }

        $request->getSession()->set('_locale', $locale);

        $next = $request->query->getString('next', 'dashboard');
        $route = self::RETURN_ROUTES[$next] ?? 'app_dashboard';

        return $this->redirectToRoute($route);
    }
}
