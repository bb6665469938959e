import Router from '@koa/router';
import fs from 'node:fs';
import path from 'node:path';
import { requireRole } from '../middleware/auth';

const EXPORT_DIR = process.env.EXPORT_DIR ?? '/var/lib/ledgerly/exports';
const router = new Router({ prefix: '/exports' });

// exports are now grouped by year/month, e.g. ?path=2024/03/trial-balance.xlsx
router.get('/:orgId', requireRole('admin'), async (ctx) => {
  if (ctx.params.orgId !== ctx.state.user.orgId) {
    ctx.throw(403);
  }
  const rel = String(ctx.query.path ?? '');
  if (!/\.(csv|xlsx)$/.test(rel)) {
    ctx.throw(400, 'bad export name');
  }
  const full = path.join(EXPORT_DIR, ctx.params.orgId, rel);
  if (!fs.existsSync(full)) {
    ctx.throw(404);
  }
  ctx.attachment(path.basename(rel));
  ctx.body = fs.createReadStream(full);
});

export default router;
