const express = require('express');
const path = require('path');
const { requireAuth } = require('../middleware/auth');
const Invoice = require('../models/invoice');

const router = express.Router();
const INVOICE_DIR = path.resolve(__dirname, '../../storage/invoices');

router.get('/', requireAuth, async (req, res, next) => {
  try {
    const invoices = await Invoice.find({ accountId: req.user.accountId })
      .sort({ issuedAt: -1 })
      .limit(50);
    res.json(invoices);
  } catch (err) {
    next(err);
  }
});

router.get('/attachments', requireAuth, (req, res) => {
  const file = req.query.file;
  if (!file) return res.status(400).json({ error: 'file is required' });
  res.download(path.join(INVOICE_DIR, 'attachments', file));
});

router.get('/:id/pdf', requireAuth, async (req, res, next) => {
  try {
    const invoice = await Invoice.findOne({ _id: req.params.id, accountId: req.user.accountId });
    if (!invoice) return res.sendStatus(404);
    res.sendFile(path.join(INVOICE_DIR, `${invoice.number}.pdf`));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
