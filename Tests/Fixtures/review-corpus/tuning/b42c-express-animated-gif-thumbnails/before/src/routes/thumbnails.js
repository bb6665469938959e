const express = require('express');
const path = require('node:path');
const fs = require('node:fs/promises');
const sharp = require('sharp');
const { UPLOAD_DIR, CACHE_DIR } = require('../config');
const log = require('../log');

const router = express.Router();

function parseSize(query) {
  const width = Math.min(parseInt(query.w, 10) || 320, 2000);
  const height = Math.min(parseInt(query.h, 10) || width, 2000);
  return { width, height };
}

router.get('/thumbs/:key', async (req, res, next) => {
  try {
    const key = path.basename(req.params.key);
    const { width, height } = parseSize(req.query);
    const src = path.join(UPLOAD_DIR, key);
    const dest = path.join(CACHE_DIR, `${width}x${height}-${key}.webp`);

    try {
      await fs.access(dest);
    } catch {
      await sharp(src).resize(width, height, { fit: 'cover' }).webp({ quality: 80 }).toFile(dest);
      log.debug({ key, width, height }, 'thumbnail generated');
    }

    res.type('image/webp').sendFile(dest);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
