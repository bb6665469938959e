'use strict';

const Router = require('@koa/router');
const { db } = require('../db');
const { requireUser } = require('../middleware/auth');

const router = new Router({ prefix: '/api/orders' });

const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 100;

const SORTABLE = {
  placed: 'orders.placed_at',
  total: 'orders.total_cents',
  status: 'orders.status',
  number: 'orders.number',
};

function pageParams(query) {
  const limit = Math.min(Math.max(parseInt(query.limit, 10) || DEFAULT_LIMIT, 1), MAX_LIMIT);
  const offset = Math.max(parseInt(query.offset, 10) || 0, 0);
  return { limit, offset };
}

function sortParams(query) {
  const key = typeof query.sort === 'string' && Object.hasOwn(SORTABLE, query.sort) ? query.sort : 'placed';
  const dir = String(query.dir).toLowerCase() === 'asc' ? 'asc' : 'desc';
  return { key, dir };
}

// knex's orderBy() can't express NULLS LAST on Postgres, hence the raw clause.
function orderClause({ key, dir }) {
  return `${SORTABLE[key]} ${dir} nulls last, orders.id ${dir}`;
}

router.get('/', requireUser, async (ctx) => {
  const { limit, offset } = pageParams(ctx.query);
  const sort = sortParams(ctx.query);
  const base = db('orders').where('orders.customer_id', ctx.state.user.customerId);

  const [{ count }] = await base.clone().count({ count: '*' });
  const rows = await base
    .clone()
    .select('orders.id', 'orders.number', 'orders.status', 'orders.total_cents', 'orders.currency', 'orders.placed_at')
    .orderByRaw(orderClause(sort))
    .limit(limit)
    .offset(offset);

  ctx.body = { total: Number(count), limit, offset, sort: sort.key, dir: sort.dir, orders: rows };
});

router.get('/:id', requireUser, async (ctx) => {
  const order = await db('orders')
    .where({ id: ctx.params.id, customer_id: ctx.state.user.customerId })
    .first();
  ctx.assert(order, 404, 'order not found');
  ctx.body = order;
});

module.exports = router;
