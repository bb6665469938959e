import fp from 'fastify-plugin';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';

// Comma-separated, e.g. "https://app.tallyhq.io,https://admin.tallyhq.io"
const allowedOrigins = new Set(
  (process.env.CORS_ORIGINS ?? 'https://app.tallyhq.io')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean),
);

export default fp(async (app) => {
  await app.register(helmet, { contentSecurityPolicy: false });

  await app.register(cors, {
    origin: (origin, cb) => {
      cb(null, origin !== undefined && allowedOrigins.has(origin));
    },
    credentials: true,
    methods: ['GET', 'POST', 'PUT', 'DELETE'],
    maxAge: 600,
  });
});
