const express = require('express');
const { requireAuth, requireRole } = require('../middleware/auth');
const audit = require('../middleware/audit');
const users = require('../controllers/adminUsers');
const flags = require('../controllers/featureFlags');

const router = express.Router();

router.use(requireAuth);
router.use(requireRole('admin'));
router.use(audit('admin'));

router.get('/users', users.list);
router.get('/users/:id', users.show);
router.post('/users/:id/suspend', users.suspend);
router.post('/users/:id/reset-mfa', users.resetMfa);

router.get('/flags', flags.list);
router.put('/flags/:key', flags.update);

module.exports = router;
