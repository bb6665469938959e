const express = require('express');
const { execFile } = require('node:child_process');
const { promisify } = require('node:util');
const path = require('node:path');
const os = require('node:os');
const crypto = require('node:crypto');
const multer = require('multer');

const run = promisify(execFile);
const upload = multer({ dest: os.tmpdir(), limits: { fileSize: 10 * 1024 * 1024 } });
const router = express.Router();

const SIZES = { small: '160x160', medium: '480x480', large: '1024x1024' };

router.post('/thumbnail', upload.single('image'), async (req, res, next) => {
  try {
    const size = SIZES[req.body.size] || SIZES.small;
    const out = path.join(os.tmpdir(), `${crypto.randomUUID()}.webp`);
    await run('convert', [req.file.path, '-resize', size, '-strip', out], {
      timeout: 15000,
    });
    res.type('image/webp').sendFile(out);
  } catch (err) {
    next(err);
  }
});

module.exports = router;