const express = require('express');
const { requireAuth } = require('../middleware/auth');
const orders = require('../controllers/orders');

const router = express.Router();

// Every order route needs a signed-in user.
router.use(requireAuth);

router.get('/orders', orders.list);
router.get('/orders/:id', orders.show);
router.post('/orders/:id/cancel', orders.cancel);

module.exports = router;