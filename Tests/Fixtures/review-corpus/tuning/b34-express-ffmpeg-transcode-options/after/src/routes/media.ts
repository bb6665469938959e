import { Router, type Request, type Response } from 'express';
import { exec } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

import { requireAuth } from '../middleware/auth';
import { mediaStore } from '../services/mediaStore';
import { logger } from '../logger';

const execAsync = promisify(exec);

const WORK_DIR = process.env.MEDIA_WORK_DIR ?? '/var/lib/clipper/work';

export const mediaRouter = Router();

interface TranscodeOptions {
  width: string;
  preset: string;
}

async function transcode(input: string, output: string, opts: TranscodeOptions): Promise<void> {
  const filters = [`scale=${opts.width}:-2`];
  const cmd = [
    'ffmpeg -y',
    `-i "${input}"`,
    `-vf "${filters.join(',')}"`,
    `-c:v libx264 -preset ${opts.preset}`,
    '-c:a aac',
    `"${output}"`,
  ].join(' ');
  await execAsync(cmd, { timeout: 10 * 60 * 1000 });
}

mediaRouter.post('/media/:id/transcode', requireAuth, async (req: Request, res: Response) => {
  const media = await mediaStore.findForUser(req.params.id, req.user!.id);
  if (!media) {
    return res.status(404).json({ error: 'not found' });
  }

  const { width = '1280', preset = 'medium' } = req.body ?? {};
  const input = path.join(WORK_DIR, `${media.id}.src`);
  const output = path.join(WORK_DIR, `${randomUUID()}.mp4`);

  try {
    await mediaStore.download(media, input);
    await transcode(input, output, { width: String(width), preset: String(preset) });
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
