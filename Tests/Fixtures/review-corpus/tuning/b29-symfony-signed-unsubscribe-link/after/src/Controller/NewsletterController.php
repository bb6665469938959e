<?php

namespace App\Controller;

use App\Entity\User;
use App\Repository\SubscriptionRepository;
use Doctrine\ORM\EntityManagerInterface;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\DependencyInjection\Attribute\Autowire;
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
        #[Autowire(env: 'NEWSLETTER_UNSUBSCRIBE_SECRET')]
        private readonly string $unsubscribeSecret,
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

    /**
     * Link from the footer of every issue, and the RFC 8058 List-Unsubscribe-Post
     * target. No session: the link itself is the credential, signed when the
     * mail is built (see NewsletterMailer::unsubscribeUrl).
     */
    #[Route(
        '/unsubscribe/{id}/{list}/{signature}',
        name: 'newsletter_unsubscribe',
        requirements: ['id' => '\d+', 'list' => '[a-z0-9-]{1,40}', 'signature' => '[a-f0-9]{64}'],
        methods: ['GET', 'POST'],
    )]
    public function unsubscribe(Request $request, int $id, string $list, string $signature): Response
    {
        $expected = hash_hmac('sha256', $id . '|' . $list, $this->unsubscribeSecret);
        if (!hash_equals($expected, $signature)) {
            throw $this->createNotFoundException();
        }

        if (!$request->isMethod('POST')) {
            return $this->render('newsletter/unsubscribe_confirm.html.twig', [
                'list' => $list,
                'action' => $request->getPathInfo(),
            ]);
        }

        $subscription = $this->subscriptions->findOneBy(['user' => $id, 'list' => $list]);
        if ($subscription !== null && $subscription->isActive()) {
            $subscription->setActive(false);
            $this->em->flush();
        }

        return $this->render('newsletter/unsubscribed.html.twig', ['list' => $list]);
    }

    #[Route('/archive', name: 'newsletter_archive', methods: ['GET'])]
    public function archive(): Response
    {
        return $this->render('newsletter/archive.html.twig');
    }
}
