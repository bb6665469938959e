'use strict';

const express = require('express');
const { requireUser } = require('../middleware/auth');
const { loadRows } = require('../services/report-data');
const { toCsv } = require('../lib/csv');

const router = express.Router();

// Columns every report can include on top of the raw dataset fields.
const COMPUTED = {
  margin: (row) => row.revenue - row.cost,
  marginPct: (row) => (row.revenue ? ((row.revenue - row.cost) / row.revenue) * 100 : 0),
  avgOrderValue: (row) => (row.orders ? row.revenue / row.orders : 0),
};

// Lets analysts define ad-hoc columns such as "revenue / visits * 100"
// without waiting for us to add them to COMPUTED.
function compileFormula(formula) {
  const body = `with (row) { return (${formula}); }`;
  // eslint-disable-next-line no-new-func
  return new Function('row', body);
}

function resolveColumns(requested) {
  if (!Array.isArray(requested) || requested.length === 0) {
    return [];
  }
  return requested
    .filter((c) => typeof c === 'object' && c && typeof c.key === 'string')
    .map((c) => {
      if (typeof c.formula === 'string' && c.formula.trim() !== '') {
        return { key: c.key, label: c.label || c.key, fn: compileFormula(c.formula) };
      }
      const fn = COMPUTED[c.key];
      if (!fn) {
        const err = new Error(`unknown computed column: ${c.key}`);
        err.status = 400;
        throw err;
      }
      return { key: c.key, label: c.label || c.key, fn };
    });
}

router.post('/reports/:datasetId/preview', requireUser, async (req, res, next) => {
  try {
    const { filters = {}, columns = [], limit = 100 } = req.body;
    const computed = resolveColumns(columns);
    const rows = await loadRows(req.user.orgId, req.params.datasetId, filters, Math.min(limit, 1000));

    const out = rows.map((row) => {
      const extra = {};
      for (const col of computed) {
        extra[col.key] = col.fn(row);
      }
      return { ...row, ...extra };
    });

    res.json({ rows: out, columns: computed.map(({ key, label }) => ({ key, label })) });
  } catch (err) {
    next(err);
  }
});

router.post('/reports/:datasetId/export.csv', requireUser, async (req, res, next) => {
  try {
    const { filters = {}, columns = [] } = req.body;
    const computed = resolveColumns(columns);
    const rows = await loadRows(req.user.orgId, req.params.datasetId, filters, 50000);
    res.type('text/csv');
    res.attachment(`report-${req.params.datasetId}.csv`);
    res.send(toCsv(rows, computed));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
