const express = require('express');
const { loadRows } = require('../lib/warehouse');

const router = express.Router();

const OPS = {
  eq: (a, b) => a === b,
  ne: (a, b) => a !== b,
  gt: (a, b) => a > b,
  lt: (a, b) => a < b,
  in: (a, b) => Array.isArray(b) && b.includes(a),
};

router.post('/reports/:name/rows', async (req, res, next) => {
  try {
    const rows = await loadRows(req.params.name, { limit: 5000 });
    const where = Array.isArray(req.body.where) ? req.body.where : [];
    if (where.some((c) => !Object.hasOwn(OPS, c.op))) {
      return res.status(400).json({ error: 'unsupported operator' });
    }
    const filtered = rows.filter((row) => where.every((c) => OPS[c.op](row[c.field], c.value)));
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
