import type { NextApiRequest, NextApiResponse } from 'next';
import crypto from 'node:crypto';
import getRawBody from 'raw-body';
import { markInvoicePaid } from '@/lib/billing';

export const config = { api: { bodyParser: false } };

const SECRET = process.env.PAYHUB_WEBHOOK_SECRET!;

function validSignature(raw: Buffer, header: string | undefined): boolean {
  if (!header) return false;
  const expected = crypto.createHmac('sha256', SECRET).update(raw).digest('hex');
  const a = Buffer.from(expected);
  const b = Buffer.from(header);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const raw = await getRawBody(req);
  if (!validSignature(raw, req.headers['x-payhub-signature'] as string | undefined)) {
    return res.status(401).json({ error: 'bad signature' });
  }
  const event = JSON.parse(raw.toString('utf8'));
  if (event.type === 'invoice.paid') {
    await markInvoicePaid(event.data.invoice_id, event.data.amount);
  }
  return res.status(200).json({ received: true });
}
