import { Router } from 'express';
import { db } from '../db/knex';
import { authenticate } from '../middleware/authenticate';

const SORTABLE = new Set(['created_at', 'total_cents', 'status']);

export const ordersRouter = Router();
ordersRouter.use(authenticate);

ordersRouter.get('/', async (req, res) => {
  const sort = typeof req.query.sort === 'string' ? req.query.sort : 'created_at';
  const dir = req.query.dir === 'asc' ? 'asc' : 'desc';
  if (!SORTABLE.has(sort)) {
    return res.status(400).json({ error: 'unsupported sort column' });
  }

  const rows = await db('orders')
    .select('id', 'status', 'total_cents', 'created_at')
    .where({ account_id: req.user!.accountId })
    // drafts have NULL status/total; keep them last and tie-break on id so paging is stable
    .orderByRaw(`${sort} ${dir} NULLS LAST, id ${dir}`)
    .limit(100);

  res.json(rows);
});
