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
      },
    },
    handler: async (request, h) => {
      const { videos, storage } = request.server.app;
      const video = await videos.findForUser(request.params.id, request.auth.credentials.userId);
      if (!video) throw Boom.notFound();

      const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'thumb-'));
      try {
        const input = await storage.downloadToFile(video.storageKey, path.join(tmp, 'source'));
        const output = path.join(tmp, 'thumb.jpg');

        const args = ['-hide_banner', '-loglevel', 'error', '-i', input];
        args.push('-frames:v', '1', '-vf', 'scale=640:-2', '-q:v', '4', output);
        await run(FFMPEG, args);

        const body = await fs.readFile(output);
        return h.response(body).type('image/jpeg').header('cache-control', 'private, max-age=3600');
      } finally {
        await fs.rm(tmp, { recursive: true, force: true });
      }
    },
  },
];
