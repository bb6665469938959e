import { loadStripe, type Stripe } from '@stripe/stripe-js';

// Publishable keys are designed to ship in the browser bundle (they can only create
// tokens / confirm intents). The secret key lives in the payments API, never here.
const PUBLISHABLE_KEYS: Record<string, string> = {
  production: 'pk_live_51QmbZq2uQvJ4UjDsXJV8qWCadFu6f3sxrtu3YSKy3Z3lh18cgcG7W4MdQQ2FyG2OhRF2hZofIdDkbcj49mGH4th3gSNDmMemlG',
  staging: 'pk_test_51eXWAdfhJ2rkT56cBfxZtpcb3PIoc8L5B8vIMbNtRCt9BTFhzRLOuOLZZBdCEE2xy4w12aq0PVFgH5oop3pt0ZBO9na2XZDvjZ',
};

let stripePromise: Promise<Stripe | null> | undefined;

export function getStripe(): Promise<Stripe | null> {
  if (!stripePromise) {
    const key = PUBLISHABLE_KEYS[import.meta.env.MODE] ?? PUBLISHABLE_KEYS.staging;
    stripePromise = loadStripe(key, { locale: 'auto' });
  }
  return stripePromise;
}
