import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyJwt from '@fastify/jwt';

export interface AuthClaims {
  sub: string;
  tenant: string;
  scopes: string[];
}

export default fp(async function authPlugin(app: FastifyInstance) {
  await app.register(fastifyJwt, {
    secret: { public: app.config.JWT_PUBLIC_KEY },
    verify: { algorithms: ['RS256'], allowedIss: app.config.JWT_ISSUER },
  });

  app.decorate('authenticate', async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      await request.jwtVerify<AuthClaims>();
    } catch {
      return reply.code(401).send({ error: 'unauthorized' });
    }
  });
});
