const express = require('express');
const { loadRows } = require('../lib/warehouse');

const router = express.Router();

router.post('/reports/:name/rows', async (req, res, next) => {
  try {
    const rows = await loadRows(req.params.name, { limit: 5000 });
    const fields = Array.isArray(req.body.fields) ? req.body.fields : null;
    const out = fields
      ? rows.map((r) => Object.fromEntries(fields.map((f) => [f, r[f]])))
      : rows;
    res.json({ count: out.length, rows: out });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
