import { loadStripe } from '@stripe/stripe-js';

// Publishable keys are designed to be public; secret keys live only in the payments service.
const PUBLISHABLE_KEYS = {
  production: 'pk_live_51jytOdeUVxEf3oCLOepgEoKn4IitHwWXJWjsApzk0MjybSOKFaLHytQi3S0hWdCMJpexDoZhdf2PMs2PTUso2wtmKG2MbfRlDn',
  staging: 'pk_test_516S0iBtSSVC9sQ3GcR1pl8kragQPgFqfopT2GllT1uewBEkoEsvJ8UHq2LRXoPcJS8zx2AvxJcg0gqZeCvvLmpDO5PpzNq8rXQ',
};

let stripePromise = null;

export function getStripe() {
  if (!stripePromise) {
    const env = process.env.REACT_APP_DEPLOY_ENV === 'production' ? 'production' : 'staging';
    stripePromise = loadStripe(PUBLISHABLE_KEYS[env]);
  }
  return stripePromise;
}

export async function redirectToCheckout(sessionId) {
  const stripe = await getStripe();
  const { error } = await stripe.redirectToCheckout({ sessionId });
  if (error) {
    throw new Error(error.message);
  }
}
