'use strict';

const Router = require('@koa/router');
const { db } = require('../db');
const { requireUser } = require('../middleware/auth');

const router = new Router({ prefix: '/api/orders' });

const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 100;

function pageParams(query) {
  const limit = Math.min(Math.max(parseInt(query.limit, 10) || DEFAULT_LIMIT, 1), MAX_LIMIT);
  const offset = Math.max(parseInt(query.offset, 10) || 0, 0);
  return { limit, offset };
}

router.get('/', requireUser, async (ctx) => {
  const { limit, offset } = pageParams(ctx.query);
  const base = db('orders').where('orders.customer_id', ctx.state.user.customerId);

  const [{ count }] = await base.clone().count({ count: '*' });
  const rows = await base
    .clone()
    .select('orders.id', 'orders.number', 'orders.status', 'orders.total_cents', 'orders.currency', 'orders.placed_at')
    .orderBy('orders.placed_at', 'desc')
    .limit(limit)
    .offset(offset);

  ctx.body = { total: Number(count), limit, offset, orders: rows };
});

router.get('/:id', requireUser, async (ctx) => {
  const order = await db('orders')
    .where({ id: ctx.params.id, customer_id: ctx.state.user.customerId })
    .first();
  ctx.assert(order, 404, 'order not found');
  ctx.body = order;
});

module.exports = router;
