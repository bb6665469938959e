<?php

namespace App\Controller;

use App\Cart\CartLine;
use App\Repository\ProductRepository;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;

class CartController extends AbstractController
{
    public function __construct(private readonly ProductRepository $products)
    {
    }

    #[Route('/cart', name: 'cart_show', methods: ['GET'])]
    public function show(Request $request): Response
    {
        /** @var CartLine[] $lines */
        $lines = $request->getSession()->get('cart', []);

        // Guests keep their cart for 30 days in a cookie so it survives session expiry.
        if (!$lines && $request->cookies->has('guest_cart')) {
            $lines = unserialize(base64_decode($request->cookies->get('guest_cart'))) ?: [];
        }

        $total = 0;
        foreach ($lines as $line) {
            $total += $line->quantity * $this->products->priceFor($line->sku);
        }

        return $this->render('cart/show.html.twig', [
            'lines' => $lines,
            'total' => $total,
        ]);
    }
}
