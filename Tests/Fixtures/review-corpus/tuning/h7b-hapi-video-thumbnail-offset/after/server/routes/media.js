'use strict';

const { spawn } = require('child_process');
const fs = require('fs/promises');
const os = require('os');
const path = require('path');

const Boom = require('@hapi/boom');
const Joi = require('joi');

const FFMPEG = process.env.FFMPEG_PATH || 'ffmpeg';

function run(cmd, args, { timeoutMs = 20000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${cmd} exited with ${code}: ${stderr}`));
    });
  });
}

module.exports = [
  {
    method: 'GET',
    path: '/videos/{id}/thumbnail',
    options: {
      auth: 'session',
      validate: {
        params: Joi.object({ id: Joi.string().guid({ version: 'uuidv4' }).required() }),
        query: Joi.object({
          at: Joi.number().min(0).max(6 * 60 * 60).precision(2).default(0),
          width: Joi.number().valid(320, 640, 1280).default(640),
        }),
      },
    },
    handler: async (request, h) => {
      const { videos, storage } = request.server.app;
      const { at, width } = request.query;
      const video = await videos.findForUser(request.params.id, request.auth.credentials.userId);
      if (!video) throw Boom.notFound();

      const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'thumb-'));
      try {
        const input = await storage.downloadToFile(video.storageKey, path.join(tmp, 'source'));
        const output = path.join(tmp, 'thumb.jpg');

        // -ss before -i seeks on the demuxer, much faster on long uploads
        const seek = Math.min(at, Math.max(0, (video.durationSeconds || 0) - 1));
        const args = ['-hide_banner', '-loglevel', 'error', '-ss', seek.toFixed(2), '-i', input];
        args.push('-frames:v', '1', '-vf', `scale=${width}:-2`, '-q:v', '4', output);
        await run(FFMPEG, args);

        const body = await fs.readFile(output);
        return h.response(body).type('image/jpeg').header('cache-control', 'private, max-age=3600');
      } finally {
        await fs.rm(tmp, { recursive: true, force: true });
      }
    },
  },
];
