'use strict';

const Stripe = require('stripe');
const logger = require('../lib/logger');
const { Customer, Subscription } = require('../models');

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, {
  apiVersion: '2023-10-16',
  maxNetworkRetries: 2,
  timeout: 20000,
});

const PRICE_IDS = {
  starter: process.env.STRIPE_PRICE_STARTER,
  team: process.env.STRIPE_PRICE_TEAM,
  business: process.env.STRIPE_PRICE_BUSINESS,
};

async function ensureStripeCustomer(user) {
  const existing = await Customer.findOne({ where: { userId: user.id } });
  if (existing) {
    return existing.stripeCustomerId;
  }
  const created = await stripe.customers.create({
    email: user.email,
    name: user.displayName,
    metadata: { userId: String(user.id) },
  });
  await Customer.create({ userId: user.id, stripeCustomerId: created.id });
  logger.info({ userId: user.id }, 'created stripe customer');
  return created.id;
}

async function startCheckout(user, plan, returnUrl) {
  const price = PRICE_IDS[plan];
  if (!price) {
    const err = new Error(`unknown plan ${plan}`);
    err.status = 400;
    throw err;
  }
  const customer = await ensureStripeCustomer(user);
  const session = await stripe.checkout.sessions.create({
    mode: 'subscription',
    customer,
    line_items: [{ price, quantity: 1 }],
    success_url: `${returnUrl}?checkout=success`,
    cancel_url: `${returnUrl}?checkout=cancelled`,
    allow_promotion_codes: true,
  });
  return session.url;
}

async function cancelSubscription(user) {
  const sub = await Subscription.findOne({ where: { userId: user.id, status: 'active' } });
  if (!sub) {
    return false;
  }
  await stripe.subscriptions.update(sub.stripeSubscriptionId, { cancel_at_period_end: true });
  sub.cancelAtPeriodEnd = true;
  await sub.save();
  return true;
}

module.exports = {
  ensureStripeCustomer,
  startCheckout,
  cancelSubscription,
};