import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyPluginOptions } from 'fastify';

import { UsersRepo } from '../repos/users';

interface Params {
  userId: string;
}

export default async function avatarRoutes(app: FastifyInstance, _opts: FastifyPluginOptions) {
  const users = new UsersRepo(app.pg);

  // The web client used to build the gravatar URL itself, which leaked member
  // email hashes to every viewer. Now it just asks us where to go.
  app.get<{ Params: Params }>(
    '/users/:userId/avatar',
    { onRequest: [app.authenticate] },
    async (req, reply) => {
      const user = await users.findInOrg(req.params.userId, req.auth.orgId);
      if (!user) {
        return reply.code(404).send({ error: 'not found' });
      }
      if (user.avatarUrl) {
        return reply.redirect(user.avatarUrl);
      }
      const hash = createHash('md5').update(user.email.trim().toLowerCase()).digest('hex');
      return reply.redirect(`https://www.gravatar.com/avatar/${hash}?s=128&d=identicon`);
    },
  );
}
