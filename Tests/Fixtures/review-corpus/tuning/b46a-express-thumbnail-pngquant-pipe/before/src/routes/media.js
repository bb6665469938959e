const path = require('path');
const { execFile } = require('child_process');
const { promisify } = require('util');
const express = require('express');

const run = promisify(execFile);
const router = express.Router();
const UPLOAD_DIR = process.env.UPLOAD_DIR || '/var/lib/media/uploads';
const THUMB_DIR = process.env.THUMB_DIR || '/var/lib/media/thumbs';

router.post('/:id/thumbnail', async (req, res, next) => {
  try {
    const asset = await req.app.locals.assets.findById(req.params.id, req.user.teamId);
    if (!asset) return res.sendStatus(404);

    const src = path.join(UPLOAD_DIR, asset.storageKey);
    const dest = path.join(THUMB_DIR, `${asset.id}.png`);
    await run('convert', [src, '-resize', '320x320', dest]);

    await req.app.locals.assets.update(asset.id, { thumbnail: `${asset.id}.png` });
    res.json({ thumbnail: `/thumbs/${asset.id}.png` });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
