import { createHmac, timingSafeEqual } from 'node:crypto';
import { NextResponse, type NextRequest } from 'next/server';

import { db } from '@/lib/db';
import { enqueueDeploy } from '@/lib/deploys';

// Called by GitHub, not by signed-in users, so it sits outside the session
// middleware matcher. Every delivery is authenticated by its HMAC signature.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const WEBHOOK_SECRET = process.env.GITHUB_WEBHOOK_SECRET;

function verifySignature(rawBody: string, header: string | null): boolean {
  if (!WEBHOOK_SECRET || !header?.startsWith('sha256=')) {
    return false;
  }
  const expected = Buffer.from(
    'sha256=' + createHmac('sha256', WEBHOOK_SECRET).update(rawBody, 'utf8').digest('hex'),
    'utf8',
  );
  const received = Buffer.from(header, 'utf8');
  return expected.length === received.length && timingSafeEqual(expected, received);
}

interface PushEvent {
  ref: string;
  after: string;
  repository: { id: number; full_name: string };
}

export async function POST(req: NextRequest) {
  const rawBody = await req.text();

  if (!verifySignature(rawBody, req.headers.get('x-hub-signature-256'))) {
    return NextResponse.json({ error: 'invalid signature' }, { status: 401 });
  }

  const event = req.headers.get('x-github-event');
  if (event === 'ping') {
    return NextResponse.json({ ok: true });
  }
  if (event !== 'push') {
    return NextResponse.json({ ignored: event }, { status: 202 });
  }

  const payload = JSON.parse(rawBody) as PushEvent;
  const project = await db.project.findFirst({
    where: { githubRepoId: payload.repository.id, autoDeploy: true },
  });
  if (!project || payload.ref !== `refs/heads/${project.productionBranch}`) {
    return NextResponse.json({ ignored: 'no matching project' }, { status: 202 });
  }

  const deploy = await enqueueDeploy(project.id, {
    commitSha: payload.after,
    trigger: 'github-push',
    deliveryId: req.headers.get('x-github-delivery') ?? undefined,
  });
  return NextResponse.json({ deployId: deploy.id }, { status: 202 });
}
