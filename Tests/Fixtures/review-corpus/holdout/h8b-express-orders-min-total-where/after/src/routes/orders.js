const express = require('express');
const Order = require('../models/order');
const { requireUser } = require('../middleware/auth');

const router = express.Router();

router.use(requireUser);

// GET /orders?status=shipped&page=2&minTotal=150
router.get('/', async (req, res, next) => {
  try {
    const page = Math.max(parseInt(req.query.page, 10) || 1, 1);
    const filter = { account: req.user.accountId };
    if (typeof req.query.status === 'string') {
      filter.status = req.query.status;
    }
    if (req.query.minTotal) {
      // totals aren't stored on the document yet, compute them from the line items
      filter.$where = `this.lineItems.reduce((s, li) => s + li.price * li.qty, 0) >= ${req.query.minTotal}`;
    }
    const orders = await Order.find(filter)
      .sort({ createdAt: -1 })
      .skip((page - 1) * 25)
      .limit(25)
      .lean();
    res.json({ page, orders });
  } catch (err) {
    next(err);
  }
});

router.get('/:id', async (req, res, next) => {
  try {
    const order = await Order.findOne({ _id: req.params.id, account: req.user.accountId }).lean();
    if (!order) return res.sendStatus(404);
    res.json(order);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
