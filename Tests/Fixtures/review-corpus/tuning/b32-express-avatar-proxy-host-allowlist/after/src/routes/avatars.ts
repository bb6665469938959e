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

// Third-party avatar hosts we proxy so the CSP can stay img-src 'self'.
const EXTERNAL_AVATAR_HOSTS = new Set([
  'secure.gravatar.com',
  'avatars.githubusercontent.com',
  'lh3.googleusercontent.com',
]);
const MAX_EXTERNAL_AVATAR_BYTES = 1024 * 1024;
const IMAGE_TYPES = /^image\/(png|jpeg|gif|webp)$/;

function parseExternalAvatarUrl(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port !== '') return null;
  return EXTERNAL_AVATAR_HOSTS.has(url.hostname) ? url : null;
}

export const avatarsRouter = Router();

avatarsRouter.get('/external', requireAuth, async (req: Request, res: Response, next: NextFunction) => {
  const url = parseExternalAvatarUrl(req.query.src);
  if (!url) {
    return res.status(400).json({ error: 'unsupported avatar source' });
  }
  try {
    // redirect: 'error' so an allowed host can't bounce us somewhere else.
    const upstream = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(5000) });
    const type = upstream.headers.get('content-type') ?? '';
    const length = Number(upstream.headers.get('content-length') ?? '0');
    if (!upstream.ok || !IMAGE_TYPES.test(type) || length > MAX_EXTERNAL_AVATAR_BYTES) {
      return res.status(502).end();
    }
    const body = Buffer.from(await upstream.arrayBuffer());
    if (body.length > MAX_EXTERNAL_AVATAR_BYTES) {
      return res.status(502).end();
    }
    res.set({
      'Content-Type': type,
      'Cache-Control': 'public, max-age=86400',
      'X-Content-Type-Options': 'nosniff',
    });
    return res.send(body);
  } catch (err) {
    return next(err);
  }
});

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
