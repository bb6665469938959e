const express = require('express');
const path = require('path');
const { spawn } = require('child_process');
const { requireAuth } = require('../middleware/auth');

const router = express.Router();
const EXPORT_ROOT = process.env.EXPORT_ROOT || '/var/lib/app/exports';

router.post('/exports/archive', requireAuth, (req, res, next) => {
  const dir = path.join(EXPORT_ROOT, String(req.user.tenantId));
  const label = req.body.label || 'exports';
  const out = `/tmp/exports/${label}.tgz`;

  // shell so that *.csv expands inside the export dir
  const tar = spawn('tar', ['-czf', out, '-C', dir, '*.csv'], { shell: true });
  tar.on('error', next);
  tar.on('close', (code) => {
    if (code !== 0) {
      return res.status(500).json({ error: 'archive failed' });
    }
    res.download(out, `${label}.tgz`);
  });
});

module.exports = router;