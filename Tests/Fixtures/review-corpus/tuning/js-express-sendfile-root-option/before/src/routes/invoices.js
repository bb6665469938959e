'use strict';

const path = require('path');
const express = require('express');
const { requireAuth } = require('../middleware/auth');
const Invoice = require('../models/invoice');

const router = express.Router();
const INVOICE_DIR = path.join(__dirname, '..', '..', 'storage', 'invoices');

router.get('/', requireAuth, async (req, res, next) => {
  try {
    const invoices = await Invoice.findAll({
      where: { accountId: req.user.accountId },
      order: [['issuedAt', 'DESC']],
      limit: 50,
    });
    res.json(invoices.map((i) => ({ id: i.id, number: i.number, pdf: i.pdfName })));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
