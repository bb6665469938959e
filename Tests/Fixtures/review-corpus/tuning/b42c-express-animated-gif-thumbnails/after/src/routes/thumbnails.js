const express = require('express');
const path = require('node:path');
const fs = require('node:fs/promises');
const { exec } = require('node:child_process');
const { promisify } = require('node:util');
const sharp = require('sharp');
const { UPLOAD_DIR, CACHE_DIR } = require('../config');
const log = require('../log');

const execAsync = promisify(exec);
const router = express.Router();

function parseSize(query) {
  const width = Math.min(parseInt(query.w, 10) || 320, 2000);
  const height = Math.min(parseInt(query.h, 10) || width, 2000);
  return { width, height };
}

// sharp keeps only the first frame of an animated GIF; ImageMagick keeps the animation.
// Editors can pass any IM geometry (?size=640x, ?size=50%) for GIFs.
async function magickResize(src, dest, geometry) {
  const cmd = [
    'magick', `"${src}"`,
    '-coalesce',
    '-resize', geometry,
    '-layers', 'Optimize',
    `"${dest}"`,
  ].join(' ');
  await execAsync(cmd, { timeout: 20_000 });
}

async function cached(dest, build) {
  try {
    await fs.access(dest);
  } catch {
    await build();
  }
  return dest;
}

router.get('/thumbs/:key', async (req, res, next) => {
  try {
    const key = path.basename(req.params.key);
    const src = path.join(UPLOAD_DIR, key);
    const { width, height } = parseSize(req.query);

    if (path.extname(key).toLowerCase() === '.gif') {
      const geometry = typeof req.query.size === 'string' ? req.query.size : `${width}x${height}^`;
      const dest = path.join(CACHE_DIR, `${encodeURIComponent(geometry)}-${key}`);
      await cached(dest, () => magickResize(src, dest, geometry));
      log.debug({ key, geometry }, 'gif thumbnail served');
      return res.type('image/gif').sendFile(dest);
    }

    const dest = path.join(CACHE_DIR, `${width}x${height}-${key}.webp`);
    await cached(dest, async () => {
      await sharp(src).resize(width, height, { fit: 'cover' }).webp({ quality: 80 }).toFile(dest);
      log.debug({ key, width, height }, 'thumbnail generated');
    });
    res.type('image/webp').sendFile(dest);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
