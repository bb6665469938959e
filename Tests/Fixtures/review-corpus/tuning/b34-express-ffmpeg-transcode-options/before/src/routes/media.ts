import { Router, type Request, type Response } from 'express';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

import { requireAuth } from '../middleware/auth';
import { mediaStore } from '../services/mediaStore';
import { logger } from '../logger';

const execFileAsync = promisify(execFile);

const WORK_DIR = process.env.MEDIA_WORK_DIR ?? '/var/lib/clipper/work';

export const mediaRouter = Router();

async function transcode(input: string, output: string): Promise<void> {
  await execFileAsync('ffmpeg', [
    '-y',
    '-i', input,
    '-vf', 'scale=1280:-2',
    '-c:v', 'libx264',
    '-preset', 'medium',
    '-c:a', 'aac',
    output,
  ], { timeout: 10 * 60 * 1000 });
}

mediaRouter.post('/media/:id/transcode', requireAuth, async (req: Request, res: Response) => {
  const media = await mediaStore.findForUser(req.params.id, req.user!.id);
  if (!media) {
    return res.status(404).json({ error: 'not found' });
  }

  const input = path.join(WORK_DIR, `${media.id}.src`);
  const output = path.join(WORK_DIR, `${randomUUID()}.mp4`);

  try {
    await mediaStore.download(media, input);
    await transcode(input, output);
    const rendition = await mediaStore.uploadRendition(media, output);
    res.status(201).json(rendition);
  } catch (err) {
    logger.error({ err, mediaId: media.id }, 'transcode failed');
    res.status(500).json({ error: 'transcode failed' });
  }
});

mediaRouter.get('/media/:id/renditions', requireAuth, async (req: Request, res: Response) => {
  const media = await mediaStore.findForUser(req.params.id, req.user!.id);
  if (!media) {
    return res.status(404).json({ error: 'not found' });
  }
  res.json(await mediaStore.listRenditions(media));
});
