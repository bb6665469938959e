const express = require('express');
const db = require('../lib/db');

const router = express.Router();

router.get('/customers/:customerId/orders', (req, res) => {
  let sql =
    'SELECT id, total_cents, status, created_at FROM orders WHERE customer_id = ' +
    db.escape(req.params.customerId);
  if (req.query.status) {
    sql += " AND status = '" + req.query.status + "'";
  }
  sql += ' ORDER BY created_at DESC LIMIT 100';
  db.query(sql, (err, rows) => {
    if (err) return res.status(500).json({ error: 'db error' });
    res.json(rows);
  });
});

module.exports = router;
