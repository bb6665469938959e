import 'server-only';
import Stripe from 'stripe';

const apiKey = process.env.STRIPE_SECRET_KEY;
if (!apiKey) {
  throw new Error('STRIPE_SECRET_KEY is not set');
}

export const stripe = new Stripe(apiKey, {
  apiVersion: '2024-06-20',
  appInfo: { name: 'acme-storefront', version: '1.4.0' },
  maxNetworkRetries: 2,
  timeout: 20_000,
});

export type CheckoutLine = {
  priceId: string;
  quantity: number;
};

export async function createCheckoutSession(opts: {
  customerEmail: string;
  lines: CheckoutLine[];
  origin: string;
  orderId: string;
}): Promise<Stripe.Checkout.Session> {
  return stripe.checkout.sessions.create({
    mode: 'payment',
    customer_email: opts.customerEmail,
    line_items: opts.lines.map((l) => ({ price: l.priceId, quantity: l.quantity })),
    success_url: `${opts.origin}/checkout/success?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${opts.origin}/cart`,
    metadata: { orderId: opts.orderId },
    automatic_tax: { enabled: true },
  });
}

export function constructWebhookEvent(payload: string, signature: string): Stripe.Event {
  const secret = process.env.STRIPE_WEBHOOK_SECRET;
  if (!secret) {
    throw new Error('STRIPE_WEBHOOK_SECRET is not set');
  }
  return stripe.webhooks.constructEvent(payload, signature, secret);
}

export async function refundPayment(paymentIntentId: string, amount?: number) {
  return stripe.refunds.create({
    payment_intent: paymentIntentId,
    ...(amount ? { amount } : {}),
  });
}
