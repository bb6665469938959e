import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

import type { FastifyPluginAsync } from 'fastify';
import { getVideoDurationInSeconds } from 'get-video-duration';

interface ProbeResult {
  durationSeconds: number;
}

const probeRoutes: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.authenticate);

  app.post('/media/probe', async (req, reply) => {
    const part = await req.file({ limits: { fileSize: 500 * 1024 * 1024 } });
    if (!part) {
      return reply.code(400).send({ error: 'file is required' });
    }

    const tmpPath = join(tmpdir(), `probe-${randomUUID()}`);
    try {
      await pipeline(part.file, createWriteStream(tmpPath));
      if (part.file.truncated) {
        return reply.code(413).send({ error: 'file too large' });
      }

      const durationSeconds = await getVideoDurationInSeconds(tmpPath);
      const result: ProbeResult = { durationSeconds };
      req.log.info({ user: req.user.sub, durationSeconds }, 'probed upload');
      return result;
    } catch (err) {
      req.log.warn({ err }, 'probe failed');
      return reply.code(422).send({ error: 'could not read media file' });
    } finally {
      await unlink(tmpPath).catch(() => undefined);
    }
  });
};

export default probeRoutes;
