import fp from 'fastify-plugin';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';

export default fp(async (app) => {
  await app.register(helmet, { contentSecurityPolicy: false });

  await app.register(cors, {
    origin: 'https://app.tallyhq.io',
    credentials: true,
    methods: ['GET', 'POST', 'PUT', 'DELETE'],
    maxAge: 600,
  });
});
