const express = require('express');
const { requireSession, requireRole } = require('../middleware/auth');
const audit = require('../lib/audit');
const users = require('../services/users');

const router = express.Router();

// Load balancer health probe; must stay reachable without a session.
router.get('/healthz', (req, res) => res.json({ ok: true }));

router.use(requireSession, requireRole('admin'));

router.get('/users', async (req, res, next) => {
  try {
    const page = Math.max(parseInt(req.query.page, 10) || 1, 1);
    res.json(await users.list({ page, perPage: 50, q: req.query.q }));
  } catch (err) {
    next(err);
  }
});

router.post('/users/:id/disable', async (req, res, next) => {
  try {
    await users.disable(req.params.id, { by: req.user.id });
    await audit.record(req.user.id, 'user.disable', { target: req.params.id });
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

module.exports = router;
