import fp from 'fastify-plugin';
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

import { config } from '../config';

type OriginCallback = (err: Error | null, allow: boolean) => void;

/**
 * CORS for the browser app. The session cookie is SameSite=None because the
 * dashboard and the API live on different subdomains, so credentials must be on.
 */
export default fp(async function corsPlugin(app: FastifyInstance) {
  const allowedOrigins = new Set(config.cors.allowedOrigins); // e.g. https://app.ledgerly.io

  // Every PR gets a preview deploy at <branch>-ledgerly.vercel.app, and QA kept
  // hitting CORS errors against staging. Accept those alongside the fixed list.
  function checkOrigin(origin: string | undefined, cb: OriginCallback) {
    if (!origin) {
      return cb(null, true); // curl, server-to-server
    }
    let host: string;
    try {
      host = new URL(origin).hostname;
    } catch {
      return cb(null, false);
    }
    if (allowedOrigins.has(origin) || host.endsWith('vercel.app')) {
      return cb(null, true);
    }
    app.log.debug({ origin }, 'cors: origin rejected');
    cb(null, false);
  }

  await app.register(cors, {
    origin: checkOrigin,
    credentials: true,
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['content-type', 'x-request-id', 'x-csrf-token'],
    maxAge: 600,
  });

  app.log.info({ allowedOrigins: [...allowedOrigins] }, 'cors configured');
});
