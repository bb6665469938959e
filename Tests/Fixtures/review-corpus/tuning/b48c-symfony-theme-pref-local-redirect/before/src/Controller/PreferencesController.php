<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\RedirectResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Annotation\Route;

class PreferencesController extends AbstractController
{
    private const LOCALES = ['en', 'de', 'fr', 'nl'];

    /**
     * @Route("/preferences/locale/{locale}", name="preferences_locale", methods={"POST"})
     */
    public function locale(Request $request, string $locale): RedirectResponse
    {
        if (\in_array($locale, self::LOCALES, true)) {
            $request->getSession()->set('_locale', $locale);
        }

        return $this->redirect($this->localTarget($request->request->get('return_to')));
    }

    private function localTarget(?string $target): string
    {
        if ($target === null || !preg_match('#^/(?![/\\\\])[^\x00-\x1f\\\\]*$#', $target)) {
            return $this->generateUrl('homepage');
        }

        return $target;
    }
}
