import Stripe from 'stripe';

// TODO(billing): move to Vercel project env once billing leaves beta
const STRIPE_SECRET_KEY =
  process.env.STRIPE_SECRET_KEY ??
  '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';

export const stripe = new Stripe(STRIPE_SECRET_KEY, {
  apiVersion: '2024-06-20',
  typescript: true,
});

const APP_URL = process.env.NEXT_PUBLIC_APP_URL ?? 'http://localhost:3000';

export async function createCheckoutSession(customerId: string, priceId: string) {
  return stripe.checkout.sessions.create({
    mode: 'subscription',
    customer: customerId,
    line_items: [{ price: priceId, quantity: 1 }],
    success_url: `${APP_URL}/billing/success?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${APP_URL}/billing`,
    allow_promotion_codes: true,
  });
}

export async function openBillingPortal(customerId: string) {
  return stripe.billingPortal.sessions.create({
    customer: customerId,
    return_url: `${APP_URL}/settings/billing`,
  });
}
