const express = require('express');
const db = require('../lib/db');

const router = express.Router();

router.get('/customers/:customerId/orders', (req, res) => {
  db.query(
    'SELECT id, total_cents, status, created_at FROM orders WHERE customer_id = ? ORDER BY created_at DESC LIMIT 100',
    [req.params.customerId],
    (err, rows) => {
      if (err) return res.status(500).json({ error: 'db error' });
      res.json(rows);
    }
  );
});

module.exports = router;
