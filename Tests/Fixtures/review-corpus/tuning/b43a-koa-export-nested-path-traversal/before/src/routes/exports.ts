import Router from '@koa/router';
import fs from 'node:fs';
import path from 'node:path';
import { requireRole } from '../middleware/auth';

const EXPORT_DIR = process.env.EXPORT_DIR ?? '/var/lib/ledgerly/exports';
const router = new Router({ prefix: '/exports' });

router.get('/:orgId/:file', requireRole('admin'), async (ctx) => {
  if (ctx.params.orgId !== ctx.state.user.orgId) {
    ctx.throw(403);
  }
  const name = path.basename(ctx.params.file);
  if (!/^[\w-]+\.(csv|xlsx)$/.test(name)) {
    ctx.throw(400, 'bad export name');
  }
  const full = path.join(EXPORT_DIR, ctx.params.orgId, name);
  if (!fs.existsSync(full)) {
    ctx.throw(404);
  }
  ctx.attachment(name);
  ctx.body = fs.createReadStream(full);
});

export default router;
