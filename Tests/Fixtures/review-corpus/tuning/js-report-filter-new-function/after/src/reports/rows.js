const express = require('express');
const { loadRows } = require('../lib/warehouse');

const router = express.Router();

router.post('/reports/:name/rows', async (req, res, next) => {
  try {
    const rows = await loadRows(req.params.name, { limit: 5000 });
    let filtered = rows;
    if (typeof req.body.where === 'string' && req.body.where.trim()) {
      // e.g. "row.country === 'DE' && row.total > 100"
      const predicate = new Function('row', `return (${req.body.where});`);
      filtered = rows.filter(predicate);
    }
    const fields = Array.isArray(req.body.fields) ? req.body.fields : null;
    const out = fields
      ? filtered.map((r) => Object.fromEntries(fields.map((f) => [f, r[f]])))
      : filtered;
    res.json({ count: out.length, rows: out });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
