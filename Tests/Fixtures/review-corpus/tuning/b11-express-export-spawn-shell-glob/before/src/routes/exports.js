const express = require('express');
const path = require('path');
const { spawn } = require('child_process');
const { randomUUID } = require('crypto');
const { requireAuth } = require('../middleware/auth');

const router = express.Router();
const EXPORT_ROOT = process.env.EXPORT_ROOT || '/var/lib/app/exports';

router.post('/exports/archive', requireAuth, (req, res, next) => {
  const dir = path.join(EXPORT_ROOT, String(req.user.tenantId));
  const out = path.join('/tmp/exports', `${randomUUID()}.tgz`);

  const tar = spawn('tar', ['-czf', out, '-C', dir, '.']);
  tar.on('error', next);
  tar.on('close', (code) => {
    if (code !== 0) {
      return res.status(500).json({ error: 'archive failed' });
    }
    res.download(out, 'exports.tgz');
  });
});

module.exports = router;