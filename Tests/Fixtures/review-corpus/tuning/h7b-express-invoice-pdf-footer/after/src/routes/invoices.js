const express = require('express');
const { exec } = require('child_process');
const { promisify } = require('util');
const fs = require('fs/promises');
const os = require('os');
const path = require('path');
const { v4: uuid } = require('uuid');

const { authenticate, requireRole } = require('../middleware/auth');
const Invoice = require('../models/invoice');
const renderInvoiceHtml = require('../views/invoice-html');

const execAsync = promisify(exec);
const router = express.Router();

const WKHTMLTOPDF = process.env.WKHTMLTOPDF_PATH || '/usr/local/bin/wkhtmltopdf';

router.use(authenticate);

router.get('/', async (req, res, next) => {
  try {
    const invoices = await Invoice.find({ accountId: req.user.accountId })
      .sort({ issuedAt: -1 })
      .limit(100)
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

router.get('/:id/pdf', requireRole('billing'), async (req, res, next) => {
  const workDir = path.join(os.tmpdir(), `inv-${uuid()}`);
  try {
    const invoice = await Invoice.findOne({ _id: req.params.id, accountId: req.user.accountId });
    if (!invoice) return res.sendStatus(404);

    await fs.mkdir(workDir, { recursive: true });
    const htmlPath = path.join(workDir, 'invoice.html');
    const pdfPath = path.join(workDir, 'invoice.pdf');
    await fs.writeFile(htmlPath, renderInvoiceHtml(invoice), 'utf8');

    // Letter for US accounts, optional footer text (e.g. PO number) requested by finance.
    const pageSize = req.query.pageSize || 'A4';
    let cmd = `${WKHTMLTOPDF} --quiet --page-size ${pageSize} --margin-top 12mm`;
    if (req.query.footer) {
      cmd += ` --footer-center "${req.query.footer}" --footer-font-size 8`;
    }
    cmd += ` ${htmlPath} ${pdfPath}`;
    await execAsync(cmd, { timeout: 30000 });

    res.type('application/pdf');
    res.attachment(`invoice-${invoice.number}.pdf`);
    res.send(await fs.readFile(pdfPath));
  } catch (err) {
    next(err);
  } finally {
    fs.rm(workDir, { recursive: true, force: true }).catch(() => {});
  }
});

router.post('/:id/void', requireRole('billing'), async (req, res, next) => {
  try {
    const invoice = await Invoice.findOne({ _id: req.params.id, accountId: req.user.accountId });
    if (!invoice) return res.sendStatus(404);
    if (invoice.status === 'paid') {
      return res.status(409).json({ error: 'Paid invoices must be refunded, not voided' });
    }
    invoice.status = 'void';
    invoice.voidedBy = req.user.id;
    await invoice.save();
    res.json(invoice);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
