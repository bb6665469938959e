const express = require('express');
const db = require('../db/knex');
const { requireAuth } = require('../middleware/auth');

const router = express.Router();

router.get('/', requireAuth, async (req, res, next) => {
  try {
    const page = Math.max(parseInt(req.query.page, 10) || 1, 1);
    const orders = await db('orders')
      .select('id', 'reference', 'status', 'total_cents', 'created_at')
      .where({ account_id: req.user.accountId })
      .orderBy('created_at', 'desc')
      .limit(50)
      .offset((page - 1) * 50);
    res.json({ page, orders });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
