'use strict';

const express = require('express');
const path = require('path');
const fs = require('fs/promises');
const { exec } = require('child_process');
const { promisify } = require('util');

const { requireUser } = require('../middleware/auth');
const Invoice = require('../models/invoice');
const renderInvoiceHtml = require('../views/renderInvoiceHtml');
const logger = require('../lib/logger');

const execAsync = promisify(exec);
const router = express.Router();

const TMP_DIR = process.env.INVOICE_TMP_DIR || '/tmp/invoices';
const WKHTMLTOPDF = process.env.WKHTMLTOPDF_BIN || '/usr/local/bin/wkhtmltopdf';

router.use(requireUser);

router.get('/', async (req, res, next) => {
  try {
    const invoices = await Invoice.find({ accountId: req.user.accountId })
      .sort({ issuedAt: -1 })
      .limit(50)
      .lean();
    res.json(invoices);
  } catch (err) {
    next(err);
  }
});

router.get('/:id', async (req, res, next) => {
  try {
    const invoice = await Invoice.findOne({ _id: req.params.id, accountId: req.user.accountId }).lean();
    if (!invoice) return res.sendStatus(404);
    res.json(invoice);
  } catch (err) {
    next(err);
  }
});

router.get('/:id/pdf', async (req, res, next) => {
  // US customers want Letter, and some accounts print a PO reference in the footer
  const { pageSize = 'A4', footer } = req.query;
  try {
    const invoice = await Invoice.findOne({ _id: req.params.id, accountId: req.user.accountId }).lean();
    if (!invoice) return res.sendStatus(404);

    await fs.mkdir(TMP_DIR, { recursive: true });
    const htmlPath = path.join(TMP_DIR, `${invoice._id}.html`);
    const pdfPath = path.join(TMP_DIR, `${invoice._id}.pdf`);
    await fs.writeFile(htmlPath, renderInvoiceHtml(invoice));

    const flags = ['--quiet', `--page-size ${pageSize}`];
    if (footer) {
      flags.push(`--footer-center "${footer}"`, '--footer-font-size 8');
    }
    const cmd = [WKHTMLTOPDF, ...flags, htmlPath, pdfPath].join(' ');
    logger.debug({ cmd }, 'rendering invoice pdf');
    await execAsync(cmd, { timeout: 30000 });

    res.download(pdfPath, `invoice-${invoice.number}.pdf`, async () => {
      await Promise.allSettled([fs.unlink(htmlPath), fs.unlink(pdfPath)]);
    });
  } catch (err) {
    logger.error({ err, invoiceId: req.params.id }, 'invoice pdf failed');
    next(err);
  }
});

module.exports = router;
