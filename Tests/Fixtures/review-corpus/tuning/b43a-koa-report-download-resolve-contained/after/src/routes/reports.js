const Router = require('@koa/router');
const fs = require('node:fs/promises');
const { createReadStream } = require('node:fs');
const path = require('node:path');
const { authenticated } = require('../middleware/session');

const REPORT_ROOT = path.resolve(process.env.REPORT_ROOT || '/srv/fieldnote/reports');
const router = new Router({ prefix: '/reports' });

// reports now live in per-project subfolders: ?path=site-survey/2024-05/summary.pdf
router.get('/download', authenticated, async (ctx) => {
  const tenantDir = path.join(REPORT_ROOT, String(ctx.state.tenant.id));
  const rel = String(ctx.query.path || '');
  const full = path.resolve(tenantDir, rel);
  if (!full.startsWith(tenantDir + path.sep)) {
    ctx.throw(400, 'invalid report path');
  }
  try {
    await fs.access(full);
  } catch {
    ctx.throw(404, 'report not found');
  }
  const name = path.basename(full);
  ctx.type = path.extname(name) || 'application/octet-stream';
  ctx.attachment(name);
  ctx.body = createReadStream(full);
});

module.exports = router;
