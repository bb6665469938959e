const express = require('express');
const { requireAuth } = require('../middleware/auth');
const orders = require('../controllers/orders');

const router = express.Router();

router.get('/orders', requireAuth, orders.list);
router.get('/orders/:id', requireAuth, orders.show);
router.post('/orders/:id/cancel', requireAuth, orders.cancel);

module.exports = router;