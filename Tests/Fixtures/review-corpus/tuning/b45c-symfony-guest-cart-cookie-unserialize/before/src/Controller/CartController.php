<?php

namespace App\Controller;

use App\Catalog\ProductRepository;
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
        $cart = $request->getSession()->get('cart', []);

        return $this->render('cart/show.html.twig', [
            'lines' => $this->products->hydrateCart($cart),
        ]);
    }

    #[Route('/cart/add/{sku}', name: 'cart_add', methods: ['POST'])]
    public function add(Request $request, string $sku): Response
    {
        $session = $request->getSession();
        $cart = $session->get('cart', []);
        $cart[$sku] = ($cart[$sku] ?? 0) + max(1, $request->request->getInt('qty', 1));
        $session->set('cart', $cart);

        return $this->redirectToRoute('cart_show');
    }
}
