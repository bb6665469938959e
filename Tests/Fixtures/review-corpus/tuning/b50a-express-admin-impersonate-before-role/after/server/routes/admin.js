const express = require('express');
const { requireAuth, requireRole } = require('../middleware/auth');
const audit = require('../middleware/audit');
const users = require('../controllers/adminUsers');
const flags = require('../controllers/featureFlags');

const router = express.Router();

router.use(requireAuth);

// Support agents handle MFA lockouts and "see what the customer sees" tickets from the
// helpdesk, so these two are reachable without the full admin role.
router.post('/users/:id/reset-mfa', requireRole(['admin', 'support']), audit('support'), users.resetMfa);
router.post('/users/:id/impersonate', audit('support'), users.impersonate);

router.use(requireRole('admin'));
router.use(audit('admin'));

router.get('/users', users.list);
router.get('/users/:id', users.show);
router.post('/users/:id/suspend', users.suspend);

router.get('/flags', flags.list);
router.put('/flags/:key', flags.update);

module.exports = router;
