const express = require('express');
const { requireAuth, requireRole } = require('../middleware/auth');
const users = require('../services/users');
const audit = require('../services/audit');

const router = express.Router();

// Every route below is admin-only; guard once instead of repeating it per route.
router.use(requireAuth, requireRole('admin'));

router.get('/users', async (req, res) => {
  res.json(await users.list({ page: Number(req.query.page) || 1 }));
});

router.post('/users/:id/suspend', async (req, res) => {
  await users.suspend(req.params.id);
  await audit.record(req.user.id, 'user.suspend', req.params.id);
  res.sendStatus(204);
});

router.post('/users/:id/unsuspend', async (req, res) => {
  await users.unsuspend(req.params.id);
  await audit.record(req.user.id, 'user.unsuspend', req.params.id);
  res.sendStatus(204);
});

router.delete('/users/:id/sessions', async (req, res) => {
  await users.revokeSessions(req.params.id);
  await audit.record(req.user.id, 'user.sessions.revoke', req.params.id);
  res.sendStatus(204);
});

router.get('/audit', async (req, res) => {
  res.json(await audit.recent(200));
});

module.exports = router;
