<?php

declare(strict_types=1);

namespace App\Controller;

use App\Entity\GiftCard;
use App\Form\GiftCardType;
use App\Service\GiftCardIssuer;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;
use Twig\Environment;

final class GiftCardController extends AbstractController
{
    public function __construct(
        private readonly GiftCardIssuer $issuer,
        private readonly Environment $twig,
    ) {
    }

    #[Route('/gift-cards/new', name: 'gift_card_new', methods: ['GET', 'POST'])]
    public function new(Request $request): Response
    {
        $card = new GiftCard();
        $form = $this->createForm(GiftCardType::class, $card);
        $form->handleRequest($request);

        if ($form->isSubmitted() && $form->isValid()) {
            $this->issuer->issue($card, $this->getUser());

            return $this->redirectToRoute('gift_card_preview', ['code' => $card->getCode()]);
        }

        return $this->render('gift_card/new.html.twig', ['form' => $form]);
    }

    #[Route('/gift-cards/{code}/preview', name: 'gift_card_preview', methods: ['GET'])]
    public function preview(GiftCard $card): Response
    {
        return $this->render('gift_card/preview.html.twig', [
            'card' => $card,
            'greeting' => $card->getGreeting(),
        ]);
    }
}
