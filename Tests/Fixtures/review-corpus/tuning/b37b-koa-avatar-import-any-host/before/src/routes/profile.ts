import Router from '@koa/router';
import { z } from 'zod';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { s3, AVATAR_BUCKET } from '../lib/s3';
import { requireSession } from '../middleware/session';
import { users } from '../repositories/users';

const AVATAR_HOSTS = new Set([
  'secure.gravatar.com',
  'lh3.googleusercontent.com',
  'avatars.githubusercontent.com',
]);
const MAX_AVATAR_BYTES = 2 * 1024 * 1024;

const importSchema = z.object({ url: z.string().url() });
const patchSchema = z.object({
  name: z.string().min(1).max(120).optional(),
  timezone: z.string().max(64).optional(),
});

export const profileRouter = new Router({ prefix: '/api/profile' });

profileRouter.use(requireSession);

profileRouter.get('/', async (ctx) => {
  const user = await users.findById(ctx.state.userId);
  ctx.body = { id: user.id, name: user.name, timezone: user.timezone, avatarKey: user.avatarKey };
});

profileRouter.patch('/', async (ctx) => {
  const patch = patchSchema.parse(ctx.request.body);
  ctx.body = await users.update(ctx.state.userId, patch);
});

profileRouter.post('/avatar/import', async (ctx) => {
  const { url } = importSchema.parse(ctx.request.body);
  const target = new URL(url);
  if (target.protocol !== 'https:' || !AVATAR_HOSTS.has(target.hostname)) {
    ctx.throw(400, 'avatar host not allowed');
  }

  const upstream = await fetch(target, { redirect: 'error', signal: AbortSignal.timeout(5000) });
  if (!upstream.ok) ctx.throw(502, `avatar fetch failed: ${upstream.status}`);
  const body = Buffer.from(await upstream.arrayBuffer());
  if (body.length > MAX_AVATAR_BYTES) ctx.throw(413, 'avatar too large');

  const key = `avatars/${ctx.state.userId}/${Date.now()}`;
  await s3.send(
    new PutObjectCommand({
      Bucket: AVATAR_BUCKET,
      Key: key,
      Body: body,
      ContentType: upstream.headers.get('content-type') ?? 'application/octet-stream',
    }),
  );
  await users.update(ctx.state.userId, { avatarKey: key });
  ctx.body = { avatarKey: key };
});
