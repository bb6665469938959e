const express = require('express');
const { requireSession } = require('../middleware/auth');
const storage = require('../lib/storage');
const invoices = require('../services/invoices');
const log = require('../log');

const router = express.Router();
router.use(requireSession);

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

module.exports = router;
