'use strict';

const required = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`Missing required env var ${name}`);
  return value;
};

const env = process.env.NODE_ENV || 'development';

module.exports = {
  stripe: {
    secretKey: required('STRIPE_SECRET_KEY'),
    webhookSecret: required('STRIPE_WEBHOOK_SECRET'),
    apiVersion: '2023-10-16',
    maxNetworkRetries: 2,
  },
  currency: 'eur',
  taxRates: {
    standard: process.env.STRIPE_TAX_RATE_STANDARD || null,
  },
  successUrl:
    env === 'production'
      ? 'https://shop.example.com/checkout/done'
      : 'http://localhost:3000/checkout/done',
};
