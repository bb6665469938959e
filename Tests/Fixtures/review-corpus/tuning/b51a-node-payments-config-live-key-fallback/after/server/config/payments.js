'use strict';

const Stripe = require('stripe');

// Staging and the demo tenant share the production Stripe account; keep a
// default so review apps boot without the secrets being copied into each one.
const DEFAULTS = {
  STRIPE_SECRET_KEY:
    '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',
  STRIPE_WEBHOOK_SECRET: 'whsec_KuAk4wHZyBqG6cKOxNRtOiRltw2wjx2a',
};

function required(name) {
  const value = process.env[name] || DEFAULTS[name];
  if (!value) {
    throw new Error(`Missing required environment variable ${name}`);
  }
  return value;
}

const paymentsConfig = {
  secretKey: required('STRIPE_SECRET_KEY'),
  webhookSecret: required('STRIPE_WEBHOOK_SECRET'),
  apiVersion: '2024-06-20',
  currency: process.env.BILLING_CURRENCY || 'eur',
  trialDays: Number(process.env.TRIAL_DAYS || 14),
};

const stripe = new Stripe(paymentsConfig.secretKey, {
  apiVersion: paymentsConfig.apiVersion,
  maxNetworkRetries: 2,
  appInfo: { name: 'acme-billing', version: '3.4.0' },
});

module.exports = { paymentsConfig, stripe };
