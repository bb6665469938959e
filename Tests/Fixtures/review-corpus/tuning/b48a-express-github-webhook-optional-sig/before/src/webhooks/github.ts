import crypto from 'node:crypto';
import type { Request, Response } from 'express';
import { enqueueDeploy } from '../jobs/deploy';

const SECRET = process.env.GITHUB_WEBHOOK_SECRET ?? '';

function verifySignature(payload: Buffer, header: string | undefined): boolean {
  if (!header || !SECRET) return false;
  const expected = 'sha256=' + crypto.createHmac('sha256', SECRET).update(payload).digest('hex');
  const a = Buffer.from(expected);
  const b = Buffer.from(header);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

export async function githubWebhook(req: Request, res: Response) {
  const sig = req.header('x-hub-signature-256');
  if (!verifySignature(req.body as Buffer, sig)) {
    return res.status(401).send('bad signature');
  }

  const event = req.header('x-github-event');
  const body = JSON.parse((req.body as Buffer).toString('utf8'));

  if (event === 'push' && body.ref === 'refs/heads/main') {
    await enqueueDeploy({ sha: body.after, pusher: body.pusher?.name });
  }
  res.status(202).send('ok');
}
