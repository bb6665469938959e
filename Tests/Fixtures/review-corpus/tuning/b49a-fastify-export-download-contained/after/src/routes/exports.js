'use strict';

const fs = require('node:fs');
const path = require('node:path');

const EXPORT_DIR = path.resolve(process.env.EXPORT_DIR || '/var/lib/app/exports');
const EXPORT_NAME = /^[\w.-]+\.csv$/;

function userDirFor(user) {
  return path.join(EXPORT_DIR, String(user.id));
}

async function routes(fastify) {
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get('/exports', async (request) => {
    const names = await fs.promises.readdir(userDirFor(request.user)).catch(() => []);
    return names.filter((n) => n.endsWith('.csv')).sort().reverse();
  });

  fastify.get('/exports/:name', async (request, reply) => {
    const { name } = request.params;
    const userDir = userDirFor(request.user);
    if (!EXPORT_NAME.test(name)) {
      return reply.code(400).send({ error: 'invalid export name' });
    }
    const file = path.resolve(userDir, name);
    if (!file.startsWith(userDir + path.sep)) {
      return reply.code(400).send({ error: 'invalid export name' });
    }
    const stat = await fs.promises.stat(file).catch(() => null);
    if (!stat || !stat.isFile()) {
      return reply.code(404).send({ error: 'not found' });
    }
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="${name}"`);
    return reply.send(fs.createReadStream(file));
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
