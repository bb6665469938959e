'use strict';

const Stripe = require('stripe');

function required(name) {
  const value = process.env[name];
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
