<?php

declare(strict_types=1);

namespace App\Mailer;

use App\Entity\Order;
use Symfony\Bridge\Twig\Mime\TemplatedEmail;
use Symfony\Component\Mailer\MailerInterface;
use Symfony\Component\Mime\Address;
use Twig\Environment;

final class OrderMailer
{
    public function __construct(
        private readonly MailerInterface $mailer,
        private readonly Environment $twig,
        private readonly string $fromAddress,
    ) {
    }

    public function sendConfirmation(Order $order): void
    {
        $customer = $order->getCustomer();

        $email = (new TemplatedEmail())
            ->from(new Address($this->fromAddress, 'Fernhill Outfitters'))
            ->to(new Address($customer->getEmail(), $customer->getFullName()))
            ->subject(sprintf('Your order %s is confirmed', $order->getNumber()))
            ->htmlTemplate('emails/order_confirmation.html.twig')
            ->context(['order' => $order, 'customer' => $customer]);

        $this->mailer->send($email);
    }
}
