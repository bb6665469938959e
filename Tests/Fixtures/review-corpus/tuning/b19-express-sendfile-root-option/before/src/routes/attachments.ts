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

router.get('/attachments/:name', requireAuth, (req: Request, res: Response, next: NextFunction) => {
  const rel = `${req.user!.tenantId}/${req.params.name}`;
  serve(res, next, rel, req.query.download ? req.params.name : undefined);
});

export default router;