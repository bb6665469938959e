import fp from 'fastify-plugin';
import jwt from 'jsonwebtoken';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    principal?: { sub: string; org: string; scopes: string[] };
  }
}

const PUBLIC_PATHS = new Set(['/healthz', '/readyz', '/v1/auth/token']);

const authPlugin: FastifyPluginAsync<{ publicKey: string }> = async (app, opts) => {
  app.addHook('onRequest', async (req: FastifyRequest, reply) => {
    if (PUBLIC_PATHS.has(req.routeOptions.url ?? '')) return;

    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : null;
    if (!token) {
      return reply.code(401).send({ error: 'missing bearer token' });
    }

    try {
      const claims = jwt.verify(token, opts.publicKey, {
        algorithms: ['RS256'],
        audience: 'api.ledgerly.io',
      }) as jwt.JwtPayload;
      req.principal = { sub: claims.sub!, org: claims.org, scopes: String(claims.scope ?? '').split(' ') };
    } catch (err) {
      req.log.debug({ err }, 'jwt rejected');
      return reply.code(401).send({ error: 'invalid token' });
    }
  });
};

export default fp(authPlugin, { name: 'auth' });
