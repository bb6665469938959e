import { NextResponse } from 'next/server';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { recordTrackingEvent } from '@/lib/shipments';

function sign(body: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(body).digest();
}

// During a rotation Parcelwise signs with the new secret, but queued retries
// still carry signatures made with the old one for up to 24h.
function activeSecrets(): string[] {
  return [
    process.env.PARCELWISE_WEBHOOK_SECRET,
    process.env.PARCELWISE_WEBHOOK_SECRET_PREVIOUS,
  ].filter((s): s is string => Boolean(s));
}

function matchesAny(body: string, header: string, secrets: string[]): boolean {
  const given = Buffer.from(header, 'hex');
  return secrets.some((secret) => {
    const expected = sign(body, secret);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

export async function POST(req: Request) {
  const body = await req.text();
  const header = req.headers.get('x-parcelwise-signature');
  const secrets = activeSecrets();
  if (!header || secrets.length === 0 || !matchesAny(body, header, secrets)) {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  }

  const event = JSON.parse(body);
  await recordTrackingEvent(event.tracking_number, event.status, event.occurred_at);
  return NextResponse.json({ ok: true });
}
