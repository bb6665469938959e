'use strict';

const fs = require('node:fs');
const path = require('node:path');

const EXPORT_DIR = path.resolve(process.env.EXPORT_DIR || '/var/lib/app/exports');

async function routes(fastify) {
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get('/exports', async (request) => {
    const dir = path.join(EXPORT_DIR, String(request.user.id));
    const names = await fs.promises.readdir(dir).catch(() => []);
    return names.filter((n) => n.endsWith('.csv')).sort().reverse();
  });

  fastify.post('/exports', async (request, reply) => {
    const job = await fastify.jobs.enqueue('export-csv', {
      userId: request.user.id,
      report: request.body.report,
    });
    reply.code(202);
    return { jobId: job.id };
  });
}

module.exports = routes;
