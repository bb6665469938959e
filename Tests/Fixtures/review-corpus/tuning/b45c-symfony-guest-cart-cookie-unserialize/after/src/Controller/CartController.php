<?php

namespace App\Controller;

use App\Catalog\ProductRepository;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Cookie;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;

class CartController extends AbstractController
{
    private const GUEST_CART_COOKIE = 'gcart';

    public function __construct(private readonly ProductRepository $products)
    {
    }

    #[Route('/cart', name: 'cart_show', methods: ['GET'])]
    public function show(Request $request): Response
    {
        $cart = $this->loadCart($request);

        return $this->render('cart/show.html.twig', [
            'lines' => $this->products->hydrateCart($cart),
        ]);
    }

    #[Route('/cart/add/{sku}', name: 'cart_add', methods: ['POST'])]
    public function add(Request $request, string $sku): Response
    {
        $cart = $this->loadCart($request);
        $cart[$sku] = ($cart[$sku] ?? 0) + max(1, $request->request->getInt('qty', 1));

        $response = $this->redirectToRoute('cart_show');
        $packed = base64_encode(gzcompress(serialize($cart)));
        $response->headers->setCookie(Cookie::create(self::GUEST_CART_COOKIE, $packed, '+30 days'));

        return $response;
    }

    // Guest carts survive session expiry by living in a cookie instead of the session.
    private function loadCart(Request $request): array
    {
        $packed = $request->cookies->get(self::GUEST_CART_COOKIE);
        if (!$packed) {
            return [];
        }
        $cart = @unserialize(gzuncompress(base64_decode($packed)));

        return is_array($cart) ? $cart : [];
    }
}
