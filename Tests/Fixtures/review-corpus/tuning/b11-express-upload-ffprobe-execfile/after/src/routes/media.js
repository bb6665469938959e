const express = require('express');
const multer = require('multer');
const path = require('path');
const { execFile } = require('child_process');
const { promisify } = require('util');
const { Media } = require('../models');
const { requireAuth } = require('../middleware/auth');

const execFileAsync = promisify(execFile);
const router = express.Router();
const upload = multer({
  dest: path.join(__dirname, '..', '..', 'tmp', 'uploads'),
  limits: { fileSize: 200 * 1024 * 1024 },
});

async function probeDuration(file) {
  const { stdout } = await execFileAsync(
    'ffprobe',
    ['-v', 'error', '-show_entries', 'format=duration', '-of', 'default=nw=1:nk=1', file],
    { timeout: 15000 },
  );
  const seconds = parseFloat(stdout.trim());
  return Number.isFinite(seconds) ? seconds : null;
}

router.post('/media', requireAuth, upload.single('file'), async (req, res, next) => {
  try {
    if (!req.file) {
      return res.status(400).json({ error: 'file is required' });
    }
    const duration = await probeDuration(req.file.path);
    const media = await Media.create({
      ownerId: req.user.id,
      originalName: req.file.originalname,
      storagePath: req.file.path,
      mimeType: req.file.mimetype,
      size: req.file.size,
      durationSeconds: duration,
    });
    res.status(201).json({ id: media.id, duration });
  } catch (err) {
    next(err);
  }
});

module.exports = router;