import fp from 'fastify-plugin';
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

import { config } from '../config';

/**
 * CORS for the browser app. The session cookie is SameSite=None because the
 * dashboard and the API live on different subdomains, so credentials must be on.
 */
export default fp(async function corsPlugin(app: FastifyInstance) {
  const allowedOrigins = config.cors.allowedOrigins; // e.g. https://app.ledgerly.io

  await app.register(cors, {
    origin: allowedOrigins,
    credentials: true,
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['content-type', 'x-request-id', 'x-csrf-token'],
    maxAge: 600,
  });

  app.log.info({ allowedOrigins }, 'cors configured');
});
