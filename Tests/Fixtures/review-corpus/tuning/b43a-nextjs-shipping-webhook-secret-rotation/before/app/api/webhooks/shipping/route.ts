import { NextResponse } from 'next/server';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { recordTrackingEvent } from '@/lib/shipments';

function sign(body: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(body).digest();
}

export async function POST(req: Request) {
  const body = await req.text();
  const header = req.headers.get('x-parcelwise-signature');
  const secret = process.env.PARCELWISE_WEBHOOK_SECRET;
  if (!header || !secret) {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  }
  const given = Buffer.from(header, 'hex');
  const expected = sign(body, secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  }

  const event = JSON.parse(body);
  await recordTrackingEvent(event.tracking_number, event.status, event.occurred_at);
  return NextResponse.json({ ok: true });
}
