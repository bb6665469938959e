import { Router, Request, Response, NextFunction } from 'express';
import multer from 'multer';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { requireAuth } from '../middleware/requireAuth';
import { config } from '../config';

const router = Router();

const storage = multer.diskStorage({
  destination: async (req, _file, cb) => {
    const dir = path.join(config.attachmentsDir, req.user!.tenantId);
    await mkdir(dir, { recursive: true });
    cb(null, dir);
  },
  filename: (_req, file, cb) => {
    cb(null, `${randomUUID()}${path.extname(file.originalname).toLowerCase()}`);
  },
});

const upload = multer({ storage, limits: { fileSize: 20 * 1024 * 1024 } });

function serve(res: Response, next: NextFunction, relativePath: string, downloadName?: string) {
  if (downloadName) {
    res.attachment(downloadName);
  }
  res.sendFile(
    relativePath,
    {
      root: config.attachmentsDir,
      dotfiles: 'deny',
      maxAge: '1h',
      headers: { 'X-Content-Type-Options': 'nosniff' },
    },
    (err) => {
      if (err) next(err);
    },
  );
}

router.post('/attachments', requireAuth, upload.single('file'), (req: Request, res: Response) => {
  if (!req.file) {
    return res.status(400).json({ error: 'file is required' });
  }
  res.status(201).json({
    name: req.file.filename,
    size: req.file.size,
    url: `/attachments/${encodeURIComponent(req.file.filename)}`,
  });
});

// Attachments imported from the old system live in nested folders, e.g.
// /attachments/2019/invoices/scan-0042.pdf, so accept the whole remaining path.
router.get('/attachments/*', requireAuth, (req: Request, res: Response, next: NextFunction) => {
  const requested = (req.params as Record<string, string>)[0];
  if (!requested) {
    return res.status(404).end();
  }
  const rel = `${req.user!.tenantId}/${requested}`;
  serve(res, next, rel, req.query.download ? path.basename(requested) : undefined);
});

export default router;