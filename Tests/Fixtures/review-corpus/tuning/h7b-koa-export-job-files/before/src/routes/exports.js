'use strict';

const fs = require('fs');
const path = require('path');
const Router = require('@koa/router');

const { requireUser } = require('../middleware/auth');
const ExportJob = require('../models/export-job');
const queue = require('../lib/queue');

const EXPORT_ROOT = path.resolve(process.env.EXPORT_ROOT || '/srv/exports');
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

const router = new Router({ prefix: '/api/exports' });
router.use(requireUser);

/**
 * Resolve `rel` under `root` and refuse anything that ends up outside it
 * (.., absolute paths, symlink tricks in the name).
 */
function resolveInside(root, rel) {
  const full = path.resolve(root, rel);
  if (full !== root && !full.startsWith(root + path.sep)) {
    const err = new Error('path escapes export root');
    err.status = 400;
    err.expose = true;
    throw err;
  }
  return full;
}

router.post('/', async (ctx) => {
  const { format = 'csv', datasets = [] } = ctx.request.body || {};
  if (!['csv', 'xlsx'].includes(format)) ctx.throw(400, 'format must be csv or xlsx');
  const job = await ExportJob.create({ ownerId: ctx.state.user.id, format, datasets, status: 'queued' });
  await queue.add('export', { jobId: job.id });
  ctx.status = 202;
  ctx.body = { id: job.id, status: job.status };
});

router.get('/:jobId', async (ctx) => {
  if (!UUID_RE.test(ctx.params.jobId)) ctx.throw(404);
  const job = await ExportJob.findOne({ where: { id: ctx.params.jobId, ownerId: ctx.state.user.id } });
  if (!job) ctx.throw(404);
  ctx.body = { id: job.id, status: job.status, files: job.files || [] };
});

router.get('/:jobId/archive', async (ctx) => {
  if (!UUID_RE.test(ctx.params.jobId)) ctx.throw(404);
  const job = await ExportJob.findOne({ where: { id: ctx.params.jobId, ownerId: ctx.state.user.id } });
  if (!job || job.status !== 'done') ctx.throw(404);

  const file = resolveInside(EXPORT_ROOT, `${job.id}.zip`);
  ctx.attachment(`export-${job.createdAt.toISOString().slice(0, 10)}.zip`);
  ctx.type = 'application/zip';
  ctx.body = fs.createReadStream(file);
});

module.exports = router;
