'use strict';

// Payment settings for the checkout service.
// Values come from the environment; see docs/runbooks/payments.md for rotation.

const required = (name) => {
  const value = process.env[name];
  if (!value) {
    throw new Error(`missing required env var ${name}`);
  }
  return value;
};

const isTest = process.env.NODE_ENV === 'test';

module.exports = {
  stripe: {
    secretKey: isTest ? 'sk_test_dummy' : required('STRIPE_SECRET_KEY'),
    webhookSecret: isTest ? 'whsec_dummy' : required('STRIPE_WEBHOOK_SECRET'),
    apiVersion: '2023-10-16',
    maxNetworkRetries: 2,
    timeout: 20000,
  },
  currency: process.env.CHECKOUT_CURRENCY || 'eur',
  successUrl: process.env.CHECKOUT_SUCCESS_URL || 'http://localhost:3000/checkout/done',
  cancelUrl: process.env.CHECKOUT_CANCEL_URL || 'http://localhost:3000/cart',
};
