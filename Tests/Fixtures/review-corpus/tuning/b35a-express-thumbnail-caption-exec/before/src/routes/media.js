'use strict';

const path = require('path');
const fs = require('fs/promises');
const { execFile } = require('child_process');
const { promisify } = require('util');
const express = require('express');
const multer = require('multer');
const { v4: uuidv4 } = require('uuid');

const config = require('../config');
const { requireUser } = require('../middleware/auth');
const logger = require('../lib/logger');

const execFileAsync = promisify(execFile);
const upload = multer({ dest: config.uploads.tmpDir, limits: { fileSize: 15 * 1024 * 1024 } });
const router = express.Router();

const SIZES = {
  small: '160x160',
  medium: '480x480',
  large: '1024x1024',
};

async function renderThumbnail(srcPath, size) {
  const outName = `${uuidv4()}.jpg`;
  const outPath = path.join(config.uploads.thumbDir, outName);
  const args = [
    srcPath,
    '-auto-orient',
    '-strip',
    '-resize', `${SIZES[size]}^`,
    '-gravity', 'center',
    '-extent', SIZES[size],
    '-quality', '82',
    outPath,
  ];
  await execFileAsync(config.imagemagick.convertBin, args, { timeout: 20000 });
  return outName;
}

router.post('/thumbnails', requireUser, upload.single('image'), async (req, res, next) => {
  if (!req.file) {
    return res.status(400).json({ error: 'image is required' });
  }
  const size = SIZES[req.body.size] ? req.body.size : 'medium';

  try {
    const name = await renderThumbnail(req.file.path, size);
    logger.info({ user: req.user.id, size, name }, 'thumbnail rendered');
    res.status(201).json({ url: `${config.cdnBase}/thumbs/${name}` });
  } catch (err) {
    next(err);
  } finally {
    fs.unlink(req.file.path).catch(() => {});
  }
});

module.exports = router;
