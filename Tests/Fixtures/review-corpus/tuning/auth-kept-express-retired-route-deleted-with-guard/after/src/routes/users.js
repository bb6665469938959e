const express = require('express');
const { requireAuth, requireAdmin } = require('../middleware/auth');
const users = require('../controllers/users');

const router = express.Router();

router.get('/users/me', requireAuth, users.me);
router.delete('/users/:id', requireAuth, requireAdmin, users.remove);

module.exports = router;