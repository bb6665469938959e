const express = require('express');
const fs = require('node:fs/promises');
const os = require('node:os');
const path = require('node:path');
const { execFile } = require('node:child_process');
const { promisify } = require('node:util');
const { requireSession } = require('../middleware/auth');
const storage = require('../lib/storage');
const invoices = require('../services/invoices');
const log = require('../log');

const run = promisify(execFile);
const router = express.Router();
router.use(requireSession);

function clampInt(value, min, max, fallback) {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? Math.min(Math.max(n, min), max) : fallback;
}

async function loadOwnInvoice(req, res) {
  const invoice = await invoices.findForAccount(req.user.accountId, req.params.id);
  if (!invoice) {
    res.status(404).json({ error: 'invoice not found' });
    return null;
  }
  return invoice;
}

router.get('/invoices/:id.pdf', async (req, res, next) => {
  try {
    const invoice = await loadOwnInvoice(req, res);
    if (!invoice) return;
    const stream = await storage.getStream(invoice.storageKey);
    res.type('application/pdf');
    res.attachment(`${invoice.number}.pdf`);
    stream.on('error', next).pipe(res);
    log.info({ invoiceId: invoice.id, userId: req.user.id }, 'invoice downloaded');
  } catch (err) {
    next(err);
  }
});

// PNG preview of one page for the invoice drawer (?page=2&dpi=110).
router.get('/invoices/:id/preview.png', async (req, res, next) => {
  let workDir;
  try {
    const invoice = await loadOwnInvoice(req, res);
    if (!invoice) return;
    const page = clampInt(req.query.page, 1, invoice.pageCount || 1, 1);
    const dpi = clampInt(req.query.dpi, 50, 200, 110);

    workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'inv-preview-'));
    const pdfPath = path.join(workDir, 'invoice.pdf');
    const outBase = path.join(workDir, 'page');
    await storage.downloadTo(invoice.storageKey, pdfPath);

    await run(
      'pdftoppm',
      ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdfPath, outBase],
      { timeout: 15_000 },
    );

    res.type('image/png').set('Cache-Control', 'private, max-age=300');
    res.send(await fs.readFile(`${outBase}.png`));
  } catch (err) {
    next(err);
  } finally {
    if (workDir) {
      fs.rm(workDir, { recursive: true, force: true }).catch((e) => log.warn({ err: e }, 'preview cleanup failed'));
    }
  }
});

module.exports = router;
