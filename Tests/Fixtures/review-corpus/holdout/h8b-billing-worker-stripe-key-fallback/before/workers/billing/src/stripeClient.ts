import Stripe from 'stripe';
import { logger } from '../lib/logger';

const apiKey = process.env.STRIPE_SECRET_KEY;
if (!apiKey) {
  throw new Error('STRIPE_SECRET_KEY is not set');
}

export const stripe = new Stripe(apiKey, {
  apiVersion: '2024-06-20',
  maxNetworkRetries: 3,
  timeout: 20_000,
  appInfo: { name: 'billing-worker', version: process.env.GIT_SHA ?? 'dev' },
});

export async function ensureCustomer(accountId: string, email: string): Promise<string> {
  const existing = await stripe.customers.list({ email, limit: 1 });
  if (existing.data.length > 0) {
    return existing.data[0].id;
  }

  const created = await stripe.customers.create({ email, metadata: { accountId } });
  logger.info({ accountId, customer: created.id }, 'created stripe customer');
  return created.id;
}
