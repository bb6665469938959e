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

function buildStripeConfig() {
  const secretKey = required('STRIPE_SECRET_KEY');
  const webhookSecret = required('STRIPE_WEBHOOK_SECRET');

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
