'use strict';

const path = require('node:path');
const crypto = require('node:crypto');
const express = require('express');
const multer = require('multer');

const { requireAuth } = require('../middleware/auth');
const Media = require('../models/media');

const MEDIA_ROOT = process.env.MEDIA_ROOT || '/var/lib/clipdesk/media';
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
