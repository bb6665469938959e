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
    // Headers set by the edge proxy; useful when correlating logs, never trusted for access decisions.
    const claimedTenant = request.headers['x-tenant-id'];
    const forwardedUser = request.headers['x-forwarded-user'];

    let claims: AuthClaims;
    try {
      claims = await request.jwtVerify<AuthClaims>();
    } catch {
      request.log.info({ claimedTenant, forwardedUser }, 'jwt verification failed');
      return reply.code(401).send({ error: 'unauthorized' });
    }

    if (claimedTenant && claimedTenant !== claims.tenant) {
      request.log.warn({ claimedTenant, tokenTenant: claims.tenant }, 'tenant header does not match token');
    }
    request.log = request.log.child({ tenant: claims.tenant, user: claims.sub, forwardedUser });
  });
});
