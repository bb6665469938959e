import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyPluginOptions } from 'fastify';

import { UsersRepo } from '../repos/users';

interface Params {
  userId: string;
}

interface Query {
  size?: string;
}

const GRAVATAR_BASE = 'https://www.gravatar.com/avatar/';

function gravatarUrl(email: string, size: number): URL {
  const hash = createHash('md5').update(email.trim().toLowerCase()).digest('hex');
  const url = new URL(hash, GRAVATAR_BASE);
  url.searchParams.set('s', String(size));
  url.searchParams.set('d', 'identicon');
  return url;
}

export default async function avatarRoutes(app: FastifyInstance, _opts: FastifyPluginOptions) {
  const users = new UsersRepo(app.pg);

  // The web client used to build the gravatar URL itself, which leaked member
  // email hashes to every viewer. Redirecting still exposed the hash in the
  // Location header, so proxy the image bytes instead.
  app.get<{ Params: Params; Querystring: Query }>(
    '/users/:userId/avatar',
    { onRequest: [app.authenticate] },
    async (req, reply) => {
      const user = await users.findInOrg(req.params.userId, req.auth.orgId);
      if (!user) {
        return reply.code(404).send({ error: 'not found' });
      }
      if (user.avatarUrl) {
        // uploaded avatars are on our own CDN
        return reply.redirect(user.avatarUrl);
      }

      const requested = Number.parseInt(req.query.size ?? '128', 10);
      const size = Number.isFinite(requested) ? Math.min(Math.max(requested, 16), 512) : 128;

      const upstream = await fetch(gravatarUrl(user.email, size), {
        signal: AbortSignal.timeout(3000),
      });
      if (!upstream.ok) {
        req.log.warn({ status: upstream.status, userId: user.id }, 'gravatar fetch failed');
        return reply.code(502).send({ error: 'avatar unavailable' });
      }
      const body = Buffer.from(await upstream.arrayBuffer());
      return reply
        .header('content-type', upstream.headers.get('content-type') ?? 'image/png')
        .header('cache-control', 'private, max-age=3600')
        .send(body);
    },
  );
}
