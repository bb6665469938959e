const express = require('express');
const db = require('../db/knex');
const { requireAuth } = require('../middleware/auth');

const router = express.Router();

const SORTABLE = { created: 'created_at', total: 'total_cents', reference: 'reference' };
const STATUSES = ['pending', 'paid', 'shipped', 'refunded', 'cancelled'];

router.get('/', requireAuth, async (req, res, next) => {
  try {
    const page = Math.max(parseInt(req.query.page, 10) || 1, 1);
    const statuses = [].concat(req.query.status || []).filter((s) => STATUSES.includes(s));
    const sortColumn = SORTABLE[req.query.sort] || 'created_at';
    const direction = req.query.dir === 'asc' ? 'asc' : 'desc';

    const query = db('orders')
      .select('id', 'reference', 'status', 'total_cents', 'created_at')
      .where({ account_id: req.user.accountId });
    if (statuses.length > 0) {
      query.whereIn('status', statuses);
    }
    const orders = await query
      .orderBy(sortColumn, direction)
      .limit(50)
      .offset((page - 1) * 50);
    res.json({ page, orders });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
