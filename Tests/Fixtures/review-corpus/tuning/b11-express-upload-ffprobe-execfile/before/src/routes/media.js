const express = require('express');
const multer = require('multer');
const path = require('path');
const { Media } = require('../models');
const { requireAuth } = require('../middleware/auth');

const router = express.Router();
const upload = multer({
  dest: path.join(__dirname, '..', '..', 'tmp', 'uploads'),
  limits: { fileSize: 200 * 1024 * 1024 },
});

router.post('/media', requireAuth, upload.single('file'), async (req, res, next) => {
  try {
    if (!req.file) {
      return res.status(400).json({ error: 'file is required' });
    }
    const media = await Media.create({
      ownerId: req.user.id,
      originalName: req.file.originalname,
      storagePath: req.file.path,
      mimeType: req.file.mimetype,
      size: req.file.size,
    });
    res.status(201).json({ id: media.id });
  } catch (err) {
    next(err);
  }
});

module.exports = router;