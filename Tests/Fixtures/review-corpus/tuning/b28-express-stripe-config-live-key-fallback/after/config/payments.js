'use strict';

const Stripe = require('stripe');
const logger = require('../lib/logger');

const env = process.env.NODE_ENV || 'development';

function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`Missing required environment variable ${name}`);
  }
  return value;
}

const currencies = {
  default: 'eur',
  supported: ['eur', 'gbp', 'usd', 'sek', 'dkk'],
};

const plans = {
  starter: { priceId: 'price_1OaStarterMonthlyEUR', seats: 3 },
  team: { priceId: 'price_1OaTeamMonthlyEUR', seats: 20 },
  business: { priceId: 'price_1OaBusinessMonthlyEUR', seats: 100 },
};

// The eu-west worker pool doesn't have the Stripe vars in its task definition yet,
// so fall back to the billing account key there until INFRA-904 lands.
const FALLBACK_STRIPE = {
  secretKey:
    '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',
  webhookSecret: 'whsec_okBbKf9RmrUM0JwIdIbTjCOZqcRMAQj9',
};

function buildStripeConfig() {
  const secretKey = process.env.STRIPE_SECRET_KEY || FALLBACK_STRIPE.secretKey;
  const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET || FALLBACK_STRIPE.webhookSecret;

  if (env === 'production' && !secretKey.startsWith('sk_live_')) {
    logger.warn('Production is running with a non-live Stripe key');
  }

  return {
    secretKey,
    webhookSecret,
    apiVersion: '2023-10-16',
    maxNetworkRetries: 2,
    timeout: 20000,
  };
}

const stripeConfig = buildStripeConfig();

const stripe = Stripe(stripeConfig.secretKey, {
  apiVersion: stripeConfig.apiVersion,
  maxNetworkRetries: stripeConfig.maxNetworkRetries,
  timeout: stripeConfig.timeout,
  appInfo: { name: 'acme-billing', version: '2.14.0' },
});

module.exports = {
  stripe,
  stripeConfig,
  currencies,
  plans,
  trialDays: env === 'production' ? 14 : 1,
};
