const crypto = require('crypto');
const express = require('express');
const multer = require('multer');
const path = require('path');
const { requireAuth } = require('../middleware/auth');
const User = require('../models/user');

const router = express.Router();

const EXTENSIONS = { 'image/png': '.png', 'image/jpeg': '.jpg', 'image/webp': '.webp' };

const storage = multer.diskStorage({
  destination: path.join(__dirname, '..', '..', 'uploads', 'avatars'),
  filename: (req, file, cb) => cb(null, `${crypto.randomUUID()}${EXTENSIONS[file.mimetype]}`),
});

const upload = multer({
  storage,
  limits: { fileSize: 2 * 1024 * 1024 },
  fileFilter: (req, file, cb) => cb(null, Boolean(EXTENSIONS[file.mimetype])),
});

router.post('/me/avatar', requireAuth, upload.single('avatar'), async (req, res) => {
  if (!req.file) {
    return res.status(400).json({ error: 'a PNG, JPEG or WebP avatar is required' });
  }
  await User.update({ avatarPath: req.file.filename }, { where: { id: req.user.id } });
  res.status(201).json({ avatar: `/static/avatars/${req.file.filename}` });
});

module.exports = router;
