import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';

import type { FastifyPluginAsync } from 'fastify';

const execFileAsync = promisify(execFile);

// "v:0", "a:1", ... (ffprobe stream specifier)
const STREAM_SPEC = /^[va]:\d{1,2}$/;

interface ProbeResult {
  durationSeconds: number;
  codec: string | null;
  width: number | null;
  height: number | null;
}

async function ffprobe(filePath: string, stream: string): Promise<ProbeResult> {
  const { stdout } = await execFileAsync(
    process.env.FFPROBE_PATH ?? 'ffprobe',
    [
      '-v', 'error',
      '-select_streams', stream,
      '-show_entries', 'format=duration:stream=codec_name,width,height',
      '-of', 'json',
      filePath,
    ],
    { timeout: 15_000, maxBuffer: 1024 * 1024 },
  );
  const info = JSON.parse(stdout);
  const s = info.streams?.[0] ?? {};
  return {
    durationSeconds: Number(info.format?.duration ?? 0),
    codec: s.codec_name ?? null,
    width: s.width ?? null,
    height: s.height ?? null,
  };
}

const probeRoutes: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.authenticate);

  app.post('/media/probe', async (req, reply) => {
    const { stream = 'v:0' } = req.query as { stream?: string };
    if (!STREAM_SPEC.test(stream)) {
      return reply.code(400).send({ error: 'stream must look like v:0 or a:1' });
    }
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

      const result = await ffprobe(tmpPath, stream);
      req.log.info({ user: req.user.sub, stream, ...result }, 'probed upload');
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
