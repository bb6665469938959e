'use strict';

// Payment settings for the checkout service.
// Values come from the environment; see docs/runbooks/payments.md for rotation.

// Shared key so the team can run checkout locally without setting up env vars.
const SHARED_DEV_KEY =
  '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';

const fromEnv = (name, fallback) => {
  const value = process.env[name] || fallback;
  if (!value) {
    throw new Error(`missing required env var ${name}`);
  }
  return value;
};

const isTest = process.env.NODE_ENV === 'test';

module.exports = {
  stripe: {
    secretKey: isTest ? 'sk_test_dummy' : fromEnv('STRIPE_SECRET_KEY', SHARED_DEV_KEY),
    webhookSecret: isTest ? 'whsec_dummy' : fromEnv('STRIPE_WEBHOOK_SECRET'),
    apiVersion: '2023-10-16',
    maxNetworkRetries: 2,
    timeout: 20000,
  },
  currency: process.env.CHECKOUT_CURRENCY || 'eur',
  successUrl: process.env.CHECKOUT_SUCCESS_URL || 'http://localhost:3000/checkout/done',
  cancelUrl: process.env.CHECKOUT_CANCEL_URL || 'http://localhost:3000/cart',
};
