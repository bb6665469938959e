const express = require('express');
const { requireSession, requireRole } = require('../middleware/auth');
const audit = require('../lib/audit');
const users = require('../services/users');
const userExports = require('../services/userExports');

const router = express.Router();

// Load balancer health probe; must stay reachable without a session.
router.get('/healthz', (req, res) => res.json({ ok: true }));

// Exports are generated in the background (see jobs/userExport.js); the admin UI polls
// GET /exports/:id and opens the download link once status is "ready".
router.get('/exports/:id', async (req, res, next) => {
  try {
    const job = await userExports.find(Number(req.params.id));
    if (!job) return res.status(404).json({ error: 'not found' });
    res.json({ id: job.id, status: job.status, rows: job.rowCount, createdAt: job.createdAt });
  } catch (err) {
    next(err);
  }
});

router.get('/exports/:id/download', async (req, res, next) => {
  try {
    const file = await userExports.open(Number(req.params.id));
    if (!file) return res.status(404).json({ error: 'not ready' });
    res.attachment(file.name);
    file.stream.on('error', next).pipe(res);
  } catch (err) {
    next(err);
  }
});

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

router.post('/exports', async (req, res, next) => {
  try {
    const job = await userExports.start({ requestedBy: req.user.id, filter: req.body.filter });
    await audit.record(req.user.id, 'users.export', { exportId: job.id });
    res.status(202).json({ id: job.id, status: job.status });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
