'use strict';

const path = require('path');
const fs = require('fs/promises');
const { execFile } = require('child_process');
const { promisify } = require('util');
const Router = require('@koa/router');
const { requireUser } = require('../middleware/auth');
const { Media } = require('../models');

const execFileAsync = promisify(execFile);
const MEDIA_ROOT = process.env.MEDIA_ROOT || '/var/lib/app/media';

const router = new Router({ prefix: '/api/media' });

async function probe(filePath) {
  const { stdout } = await execFileAsync(
    'ffprobe',
    ['-v', 'quiet', '-print_format', 'json', '-show_format', '-show_streams', filePath],
    { timeout: 15000, maxBuffer: 4 * 1024 * 1024 },
  );
  return JSON.parse(stdout);
}

function summarise(info) {
  const video = (info.streams || []).find((s) => s.codec_type === 'video');
  const audio = (info.streams || []).find((s) => s.codec_type === 'audio');
  return {
    durationSeconds: Number(info.format && info.format.duration) || null,
    sizeBytes: Number(info.format && info.format.size) || null,
    video: video ? { codec: video.codec_name, width: video.width, height: video.height } : null,
    audio: audio ? { codec: audio.codec_name, channels: audio.channels } : null,
  };
}

router.get('/:id/metadata', requireUser, async (ctx) => {
  const media = await Media.findOne({ where: { id: ctx.params.id, ownerId: ctx.state.user.id } });
  if (!media) {
    ctx.throw(404, 'media not found');
  }

  const filePath = path.join(MEDIA_ROOT, media.storageKey);
  try {
    await fs.access(filePath);
  } catch (err) {
    ctx.throw(410, 'media file is gone');
  }

  const info = await probe(filePath);
  ctx.body = summarise(info);
});

router.delete('/:id', requireUser, async (ctx) => {
  const media = await Media.findOne({ where: { id: ctx.params.id, ownerId: ctx.state.user.id } });
  if (!media) {
    ctx.throw(404, 'media not found');
  }
  await fs.rm(path.join(MEDIA_ROOT, media.storageKey), { force: true });
  await media.destroy();
  ctx.status = 204;
});

module.exports = router;