'use strict';

const Router = require('@koa/router');
const multer = require('@koa/multer');
const Ajv = require('ajv');
const yaml = require('js-yaml'); // v4: load() no longer knows !!js/* tags

const { requireRole } = require('../middleware/auth');
const settingsSchema = require('../schemas/workspace-settings.json');
const Workspace = require('../models/workspace');
const audit = require('../lib/audit');

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 256 * 1024, files: 1 } });
const ajv = new Ajv({ allErrors: true, removeAdditional: 'all', useDefaults: true });
const validateSettings = ajv.compile(settingsSchema);

const router = new Router({ prefix: '/api/workspaces/:workspaceId/settings' });

function parseUpload(file) {
  const text = file.buffer.toString('utf8');
  if (/\.ya?ml$/i.test(file.originalname || '')) {
    // JSON_SCHEMA: plain maps, lists, strings, numbers, booleans, null. Nothing else.
    return yaml.load(text, { schema: yaml.JSON_SCHEMA, filename: file.originalname });
  }
  return JSON.parse(text);
}

router.post('/import', requireRole('owner'), upload.single('file'), async (ctx) => {
  const { workspaceId } = ctx.params;
  const file = ctx.file;
  if (!file) ctx.throw(400, 'file is required');

  let settings;
  try {
    settings = parseUpload(file);
  } catch (err) {
    ctx.throw(400, `could not parse settings file: ${err.message}`);
  }

  if (!validateSettings(settings)) {
    ctx.status = 422;
    ctx.body = { errors: validateSettings.errors };
    return;
  }

  const workspace = await Workspace.findOne({ where: { id: workspaceId, ownerId: ctx.state.user.id } });
  if (!workspace) ctx.throw(404);

  await workspace.update({ settings });
  await audit.record(ctx, 'workspace.settings.imported', { workspaceId, bytes: file.size });
  ctx.body = { ok: true, settings };
});

router.get('/export', requireRole('owner'), async (ctx) => {
  const workspace = await Workspace.findOne({
    where: { id: ctx.params.workspaceId, ownerId: ctx.state.user.id },
  });
  if (!workspace) ctx.throw(404);
  ctx.attachment(`workspace-${workspace.slug}-settings.json`);
  ctx.body = JSON.stringify(workspace.settings, null, 2);
});

module.exports = router;
