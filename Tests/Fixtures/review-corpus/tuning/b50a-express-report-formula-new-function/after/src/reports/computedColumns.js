'use strict';

const { Router } = require('express');
const { requireUser } = require('../auth/middleware');
const { loadReportRows } = require('./data');

const router = Router();
const PREVIEW_ROWS = 200;

// Lets analysts add derived columns to a saved report, e.g. "revenue - refunds"
// or "orders > 0 ? revenue / orders : 0". Report columns are exposed as variables.
function compileFormula(expression, columns) {
  const params = columns.map((c) => c.replace(/[^A-Za-z0-9_]/g, '_'));
  // eslint-disable-next-line no-new-func
  return new Function(...params, `"use strict"; return (${expression});`);
}

router.post('/reports/:reportId/preview', requireUser, async (req, res, next) => {
  try {
    const { formulas = [] } = req.body;
    const { columns, rows } = await loadReportRows(req.params.reportId, req.user);
    const compiled = formulas.map((f) => ({
      name: String(f.name),
      fn: compileFormula(f.expression, columns),
    }));

    const out = rows.slice(0, PREVIEW_ROWS).map((row) => {
      const values = columns.map((c) => row[c]);
      const extra = {};
      for (const { name, fn } of compiled) {
        extra[name] = fn(...values);
      }
      return { ...row, ...extra };
    });

    res.json({ columns: [...columns, ...compiled.map((c) => c.name)], rows: out });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
