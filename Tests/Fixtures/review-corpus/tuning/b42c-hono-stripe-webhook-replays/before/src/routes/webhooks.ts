import { Hono } from 'hono';
import type { Env } from '../env';
import { markInvoicePaid, markSubscriptionCanceled } from '../billing/store';

const TOLERANCE_SECONDS = 300;
const encoder = new TextEncoder();

function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

async function verifyStripeSignature(payload: string, header: string, secret: string): Promise<boolean> {
  const parts = Object.fromEntries(header.split(',').map((kv) => kv.split('=', 2) as [string, string]));
  const timestamp = Number(parts.t);
  if (!parts.v1 || parts.v1.length !== 64 || !Number.isFinite(timestamp)) return false;
  if (Math.abs(Date.now() / 1000 - timestamp) > TOLERANCE_SECONDS) return false;

  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  return crypto.subtle.verify('HMAC', key, hexToBytes(parts.v1), encoder.encode(`${parts.t}.${payload}`));
}

export const webhooks = new Hono<{ Bindings: Env }>();

webhooks.post('/stripe', async (c) => {
  const payload = await c.req.text();
  const signature = c.req.header('stripe-signature');
  if (!signature || !(await verifyStripeSignature(payload, signature, c.env.STRIPE_WEBHOOK_SECRET))) {
    console.warn('stripe webhook: bad signature');
    return c.json({ error: 'invalid signature' }, 400);
  }

  const event = JSON.parse(payload) as { id: string; type: string; data: { object: any } };
  switch (event.type) {
    case 'invoice.paid':
      await markInvoicePaid(c.env.DB, event.data.object.id, event.data.object.customer);
      break;
    case 'customer.subscription.deleted':
      await markSubscriptionCanceled(c.env.DB, event.data.object.id);
      break;
    default:
      console.log(`stripe webhook: ignoring ${event.type}`);
  }
  return c.json({ received: true });
});
