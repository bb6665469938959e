<?php

namespace App\Controller\Merchant;

use App\Entity\Merchant;
use App\Repository\OrderRepository;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\CurrentUser;
use Symfony\Component\Security\Http\Attribute\IsGranted;
use Twig\Environment;

/**
 * Lets merchants tweak their order-confirmation email and see it rendered with a real order.
 */
#[IsGranted('ROLE_MERCHANT')]
final class EmailTemplatePreviewController extends AbstractController
{
    public function __construct(
        private readonly Environment $twig,
        private readonly OrderRepository $orders,
    ) {
    }

    #[Route('/merchant/emails/order-confirmation/preview', name: 'merchant_email_preview', methods: ['POST'])]
    public function preview(Request $request, #[CurrentUser] Merchant $merchant): Response
    {
        $source = (string) $request->request->get('body', '');
        $order = $this->orders->findLatestForMerchant($merchant) ?? $this->orders->sampleOrder();

        $template = $this->twig->createTemplate($source, 'merchant_order_confirmation');

        return new Response($template->render([
            'order' => $order,
            'merchant' => $merchant,
            'customer' => $order->getCustomer(),
        ]));
    }
}
