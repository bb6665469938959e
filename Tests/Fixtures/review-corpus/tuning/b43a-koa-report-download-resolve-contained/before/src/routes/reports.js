const Router = require('@koa/router');
const fs = require('node:fs/promises');
const { createReadStream } = require('node:fs');
const path = require('node:path');
const { authenticated } = require('../middleware/session');

const REPORT_ROOT = path.resolve(process.env.REPORT_ROOT || '/srv/fieldnote/reports');
const router = new Router({ prefix: '/reports' });

router.get('/download/:name', authenticated, async (ctx) => {
  const tenantDir = path.join(REPORT_ROOT, String(ctx.state.tenant.id));
  const name = path.basename(ctx.params.name);
  const full = path.join(tenantDir, name);
  try {
    await fs.access(full);
  } catch {
    ctx.throw(404, 'report not found');
  }
  ctx.type = path.extname(name) || 'application/octet-stream';
  ctx.attachment(name);
  ctx.body = createReadStream(full);
});

module.exports = router;
