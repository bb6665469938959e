const express = require('express');
const multer = require('multer');
const path = require('path');
const { requireAuth } = require('../middleware/auth');
const User = require('../models/user');

const router = express.Router();

const upload = multer({
  dest: path.join(__dirname, '..', '..', 'uploads', 'avatars'),
  limits: { fileSize: 2 * 1024 * 1024 },
});

router.post('/me/avatar', requireAuth, upload.single('avatar'), async (req, res) => {
  if (!req.file) {
    return res.status(400).json({ error: 'avatar file is required' });
  }
  await User.update({ avatarPath: req.file.filename }, { where: { id: req.user.id } });
  res.status(201).json({ avatar: `/static/avatars/${req.file.filename}` });
});

module.exports = router;
