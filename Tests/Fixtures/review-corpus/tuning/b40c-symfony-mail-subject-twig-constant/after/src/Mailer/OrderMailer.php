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
    /** Subject lines per locale; kept here (not in translations) so marketing can't break them. */
    private const SUBJECTS = [
        'en' => '{{ name }}, your order {{ number }} is confirmed',
        'de' => '{{ name }}, Ihre Bestellung {{ number }} ist bestätigt',
        'fr' => '{{ name }}, votre commande {{ number }} est confirmée',
    ];

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
            ->subject($this->subjectFor($order))
            ->htmlTemplate('emails/order_confirmation.html.twig')
            ->context(['order' => $order, 'customer' => $customer]);

        $this->mailer->send($email);
    }

    private function subjectFor(Order $order): string
    {
        $source = self::SUBJECTS[$order->getLocale()] ?? self::SUBJECTS['en'];

        return $this->twig->createTemplate($source)->render([
            'name' => $order->getCustomer()->getFirstName(),
            'number' => $order->getNumber(),
        ]);
    }
}
