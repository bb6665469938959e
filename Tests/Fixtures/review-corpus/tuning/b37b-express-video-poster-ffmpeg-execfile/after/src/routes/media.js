'use strict';

const path = require('node:path');
const crypto = require('node:crypto');
const fs = require('node:fs/promises');
const { execFile } = require('node:child_process');
const { promisify } = require('node:util');
const express = require('express');
const multer = require('multer');

const { requireAuth } = require('../middleware/auth');
const Media = require('../models/media');

const execFileAsync = promisify(execFile);

const MEDIA_ROOT = process.env.MEDIA_ROOT || '/var/lib/clipdesk/media';
const FFMPEG = process.env.FFMPEG_PATH || 'ffmpeg';
const ALLOWED_TYPES = new Set(['video/mp4', 'video/quicktime', 'video/webm']);

const storage = multer.diskStorage({
  destination: path.join(MEDIA_ROOT, 'originals'),
  filename: (_req, file, cb) => {
    const ext = path.extname(file.originalname).toLowerCase().replace(/[^.a-z0-9]/g, '');
    cb(null, `${crypto.randomUUID()}${ext}`);
  },
});

const upload = multer({
  storage,
  limits: { fileSize: 500 * 1024 * 1024 },
  fileFilter: (_req, file, cb) => cb(null, ALLOWED_TYPES.has(file.mimetype)),
});

const router = express.Router();
router.use(requireAuth);

router.post('/', upload.single('file'), async (req, res, next) => {
  try {
    if (!req.file) return res.status(415).json({ error: 'unsupported media type' });
    const media = await Media.create({
      ownerId: req.user.id,
      originalName: req.file.originalname,
      storedName: req.file.filename,
      mimeType: req.file.mimetype,
      size: req.file.size,
    });
    res.status(201).json({ id: media.id });
  } catch (err) {
    next(err);
  }
});

router.get('/:id/poster.jpg', async (req, res, next) => {
  try {
    const media = await Media.findOne({ where: { id: req.params.id, ownerId: req.user.id } });
    if (!media) return res.sendStatus(404);

    const at = Number.parseFloat(req.query.t);
    const seconds = Number.isFinite(at) ? Math.min(Math.max(at, 0), 3600) : 1;
    const width = Math.min(Math.max(Number.parseInt(req.query.w, 10) || 640, 64), 1920);

    const input = path.join(MEDIA_ROOT, 'originals', media.storedName);
    const output = path.join(MEDIA_ROOT, 'posters', `${media.id}-${seconds}-${width}.jpg`);
    await fs.mkdir(path.dirname(output), { recursive: true });

    await execFileAsync(
      FFMPEG,
      [
        '-hide_banner', '-loglevel', 'error', '-y',
        '-ss', seconds.toFixed(3),
        '-i', input,
        '-frames:v', '1',
        '-vf', `scale=${width}:-2`,
        output,
      ],
      { timeout: 20_000 },
    );

    res.type('image/jpeg').sendFile(output);
  } catch (err) {
    next(err);
  }
});

router.get('/:id', async (req, res, next) => {
  try {
    const media = await Media.findOne({ where: { id: req.params.id, ownerId: req.user.id } });
    if (!media) return res.sendStatus(404);
    res.json(media);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
