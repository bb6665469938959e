import fp from 'fastify-plugin';
import jwt, { type JwtPayload } from 'jsonwebtoken';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    principal?: { id: string; roles: string[] };
  }
}

export default fp(async function auth(app: FastifyInstance, opts: { publicKey: string }) {
  app.decorateRequest('principal', undefined);

  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.routeOptions.config?.public) return;

    const header = request.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (!token) return reply.code(401).send({ error: 'missing token' });

    try {
      const claims = jwt.verify(token, opts.publicKey, { algorithms: ['RS256'] }) as JwtPayload;
      request.principal = { id: String(claims.sub), roles: (claims.roles as string[]) ?? [] };
    } catch (err) {
      request.log.info({ err }, 'rejected token');
      return reply.code(401).send({ error: 'invalid token' });
    }
  });
});