const { Router } = require('express');
const { requireAuth } = require('../middleware/requireAuth');
const { loadDailyStats } = require('../services/stats');

const router = Router();

/**
 * POST /metrics/custom
 * body: { "expression": "revenue / sessions * 100", "from": "2024-05-01", "to": "2024-05-31" }
 *
 * Lets analysts define derived metrics over the columns of the daily stats rows
 * (sessions, signups, orders, revenue, refunds) without waiting for a deploy.
 */
router.post('/metrics/custom', requireAuth, async (req, res, next) => {
  try {
    const { expression, from, to } = req.body;
    if (typeof expression !== 'string' || expression.length > 500) {
      return res.status(400).json({ error: 'expression must be a string under 500 chars' });
    }

    const rows = await loadDailyStats(req.user.workspaceId, from, to);
    const compute = new Function('row', `with (row) { return (${expression}); }`);
    const series = rows.map((row) => ({ day: row.day, value: Number(compute(row)) }));

    res.json({ expression, series });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
