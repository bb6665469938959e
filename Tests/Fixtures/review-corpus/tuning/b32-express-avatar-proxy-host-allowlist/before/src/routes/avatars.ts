import { Router, type Request, type Response, type NextFunction } from 'express';
import multer from 'multer';
import sharp from 'sharp';
import { requireAuth } from '../middleware/requireAuth';
import { avatarStore } from '../storage/avatarStore';
import { db } from '../db';

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: 5 * 1024 * 1024, files: 1 },
});

export const avatarsRouter = Router();

avatarsRouter.put(
  '/me',
  requireAuth,
  upload.single('avatar'),
  async (req: Request, res: Response, next: NextFunction) => {
    try {
      if (!req.file) {
        return res.status(400).json({ error: 'avatar file is required' });
      }
      // Re-encode so we never serve the uploaded bytes as-is.
      const png = await sharp(req.file.buffer)
        .resize(256, 256, { fit: 'cover' })
        .png()
        .toBuffer();
      const key = await avatarStore.put(req.user!.id, png);
      await db.user.update({ where: { id: req.user!.id }, data: { avatarKey: key } });
      return res.status(204).end();
    } catch (err) {
      return next(err);
    }
  },
);

avatarsRouter.get('/:userId', async (req: Request, res: Response, next: NextFunction) => {
  try {
    const user = await db.user.findUnique({
      where: { id: req.params.userId },
      select: { avatarKey: true },
    });
    if (!user?.avatarKey) {
      return res.status(404).end();
    }
    const png = await avatarStore.get(user.avatarKey);
    res.set({
      'Content-Type': 'image/png',
      'Cache-Control': 'public, max-age=3600',
      'X-Content-Type-Options': 'nosniff',
    });
    return res.send(png);
  } catch (err) {
    return next(err);
  }
});
