import type { NextApiRequest, NextApiResponse } from 'next';
import fs from 'node:fs';
import path from 'node:path';
import { getServerSession } from 'next-auth/next';
import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/prisma';
import { logger } from '@/lib/logger';

const INVOICE_ROOT = process.env.INVOICE_STORAGE_DIR ?? '/var/lib/billing/invoices';

const CONTENT_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.csv': 'text/csv',
};

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    return res.status(405).end();
  }

  const session = await getServerSession(req, res, authOptions);
  if (!session?.user) {
    return res.status(401).json({ error: 'unauthenticated' });
  }

  const invoice = await prisma.invoice.findFirst({
    where: { id: String(req.query.id), accountId: session.user.accountId },
    select: { id: true, number: true, storageDir: true },
  });
  if (!invoice) {
    return res.status(404).json({ error: 'not found' });
  }

  // Supporting documents (timesheets, PO scans) are stored next to the invoice PDF and
  // listed on the invoice page as ?attachment=<file name>.
  const attachment = typeof req.query.attachment === 'string' ? req.query.attachment : undefined;
  const fileName = attachment ?? `${invoice.number}.pdf`;
  const filePath = path.join(INVOICE_ROOT, invoice.storageDir, fileName);
  if (!fs.existsSync(filePath)) {
    logger.error({ invoiceId: invoice.id, filePath }, 'invoice file missing on disk');
    return res.status(404).json({ error: 'file missing' });
  }

  const downloadName = path.basename(fileName);
  res.setHeader('Content-Type', CONTENT_TYPES[path.extname(downloadName).toLowerCase()] ?? 'application/octet-stream');
  res.setHeader('Content-Disposition', `attachment; filename="${downloadName}"`);
  fs.createReadStream(filePath).pipe(res);
}
