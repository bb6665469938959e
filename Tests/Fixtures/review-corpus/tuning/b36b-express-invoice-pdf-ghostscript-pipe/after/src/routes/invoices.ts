import { Router, Request, Response, NextFunction } from 'express';
import { exec } from 'child_process';
import { promisify } from 'util';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { randomUUID } from 'crypto';
import { requireAuth } from '../middleware/auth';
import { InvoiceService } from '../services/invoice-service';
import { renderInvoiceHtml } from '../templates/invoice';
import { logger } from '../lib/logger';

const execAsync = promisify(exec);
const router = Router();
const invoices = new InvoiceService();

const WKHTMLTOPDF = process.env.WKHTMLTOPDF_BIN ?? '/usr/local/bin/wkhtmltopdf';
const GHOSTSCRIPT = process.env.GS_BIN ?? 'gs';
const RENDER_TIMEOUT_MS = 30_000;

router.get('/:id', requireAuth, async (req: Request, res: Response, next: NextFunction) => {
  try {
    const invoice = await invoices.findForAccount(req.params.id, req.user!.accountId);
    if (!invoice) return res.status(404).json({ error: 'not_found' });
    res.json(invoice);
  } catch (err) {
    next(err);
  }
});

router.post('/:id/pdf', requireAuth, async (req: Request, res: Response, next: NextFunction) => {
  let invoice;
  try {
    invoice = await invoices.findForAccount(req.params.id, req.user!.accountId);
  } catch (err) {
    return next(err);
  }
  if (!invoice) return res.status(404).json({ error: 'not_found' });

  // customers like to put their PO reference in the document title
  const title = String(req.body?.title ?? `Invoice ${invoice.number}`).slice(0, 120);

  const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'invoice-'));
  const htmlPath = path.join(workDir, `${randomUUID()}.html`);
  const pdfPath = path.join(workDir, `${randomUUID()}.pdf`);

  try {
    await fs.writeFile(htmlPath, renderInvoiceHtml(invoice), 'utf8');
    // wkhtmltopdf embeds full font files (~4MB per invoice); squeeze the output through ghostscript
    await execAsync(
      `${WKHTMLTOPDF} --quiet --title "${title}" --page-size A4 --encoding utf-8 ${htmlPath} - | ` +
        `${GHOSTSCRIPT} -q -dNOPAUSE -dBATCH -sDEVICE=pdfwrite -dPDFSETTINGS=/ebook -sOutputFile=${pdfPath} -`,
      { timeout: RENDER_TIMEOUT_MS },
    );
    const pdf = await fs.readFile(pdfPath);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="invoice-${invoice.number}.pdf"`);
    res.send(pdf);
  } catch (err) {
    logger.error({ err, invoiceId: invoice.id }, 'pdf render failed');
    next(err);
  } finally {
    await fs.rm(workDir, { recursive: true, force: true });
  }
});

router.post('/:id/send', requireAuth, async (req: Request, res: Response, next: NextFunction) => {
  try {
    const sent = await invoices.sendToBillingContact(req.params.id, req.user!.accountId);
    if (!sent) return res.status(404).json({ error: 'not_found' });
    res.status(202).json({ queued: true });
  } catch (err) {
    next(err);
  }
});

export default router;
