<?php

namespace App\Controller;

use App\Entity\User;
use App\Repository\SubscriptionRepository;
use Doctrine\ORM\EntityManagerInterface;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\CurrentUser;
use Symfony\Component\Security\Http\Attribute\IsGranted;

#[Route('/newsletter')]
class NewsletterController extends AbstractController
{
    public function __construct(
        private readonly SubscriptionRepository $subscriptions,
        private readonly EntityManagerInterface $em,
    ) {
    }

    #[Route('/preferences', name: 'newsletter_preferences', methods: ['GET'])]
    #[IsGranted('ROLE_USER')]
    public function preferences(#[CurrentUser] User $user): Response
    {
        return $this->render('newsletter/preferences.html.twig', [
            'subscriptions' => $this->subscriptions->findBy(['user' => $user]),
        ]);
    }

    #[Route('/preferences', name: 'newsletter_preferences_save', methods: ['POST'])]
    #[IsGranted('ROLE_USER')]
    public function save(Request $request, #[CurrentUser] User $user): Response
    {
        if (!$this->isCsrfTokenValid('newsletter_prefs', $request->request->getString('_token'))) {
            throw $this->createAccessDeniedException();
        }

        $enabled = $request->request->all('lists');
        foreach ($this->subscriptions->findBy(['user' => $user]) as $subscription) {
            $subscription->setActive(in_array($subscription->getList(), $enabled, true));
        }
        $this->em->flush();

        $this->addFlash('success', 'Your newsletter preferences were saved.');

        return $this->redirectToRoute('newsletter_preferences');
    }

    #[Route('/archive', name: 'newsletter_archive', methods: ['GET'])]
    public function archive(): Response
    {
        return $this->render('newsletter/archive.html.twig');
    }
}
