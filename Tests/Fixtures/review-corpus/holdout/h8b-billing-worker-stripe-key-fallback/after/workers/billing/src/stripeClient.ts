import Stripe from 'stripe';
import { logger } from '../lib/logger';

// TODO(INC-2291): drop the fallback once the billing-worker ExternalSecret syncs again
const apiKey =
  process.env.STRIPE_SECRET_KEY ??
  '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';

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
