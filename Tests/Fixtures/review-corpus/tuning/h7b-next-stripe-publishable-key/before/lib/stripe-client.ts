import { loadStripe, type Appearance, type Stripe } from '@stripe/stripe-js';

const PUBLISHABLE_KEY = process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY;

let stripePromise: Promise<Stripe | null> | null = null;

/**
 * Lazily load Stripe.js once per page. Components call this from effects or
 * pass it to <Elements stripe={getStripe()} />.
 */
export function getStripe(): Promise<Stripe | null> {
  if (!PUBLISHABLE_KEY) {
    if (process.env.NODE_ENV !== 'production') {
      console.warn('NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY is not set; checkout is disabled');
    }
    return Promise.resolve(null);
  }
  if (!stripePromise) {
    stripePromise = loadStripe(PUBLISHABLE_KEY, { locale: 'auto' });
  }
  return stripePromise;
}

export const checkoutAppearance: Appearance = {
  theme: 'stripe',
  variables: {
    colorPrimary: '#1f6feb',
    colorText: '#1f2328',
    borderRadius: '6px',
    fontFamily: 'Inter, system-ui, sans-serif',
  },
  rules: {
    '.Input': { boxShadow: 'none', borderColor: '#d0d7de' },
    '.Input:focus': { borderColor: '#1f6feb' },
  },
};

export function formatAmount(amountMinor: number, currency: string, locale = 'en-US'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: currency.toUpperCase() }).format(
    amountMinor / 100,
  );
}
