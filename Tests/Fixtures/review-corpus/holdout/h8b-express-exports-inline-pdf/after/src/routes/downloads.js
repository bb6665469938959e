'use strict';

const path = require('path');
const express = require('express');

const router = express.Router();
const EXPORT_ROOT = path.resolve(process.env.EXPORT_DIR || '/var/lib/app/exports');

// Resolve userPath under root and refuse anything that escapes it (../, absolute paths, etc.)
function resolveInside(root, userPath) {
  const full = path.resolve(root, userPath);
  if (full !== root && !full.startsWith(root + path.sep)) {
    const err = new Error('path escapes export root');
    err.status = 400;
    throw err;
  }
  return full;
}

router.get('/exports/:workspace/*', (req, res, next) => {
  if (req.params.workspace !== req.user.workspaceSlug) {
    return res.sendStatus(403);
  }
  try {
    const workspaceRoot = resolveInside(EXPORT_ROOT, req.params.workspace);
    const file = resolveInside(workspaceRoot, req.params[0]);
    if (req.query.inline === '1' && file.endsWith('.pdf')) {
      // open PDFs in the browser's viewer instead of forcing a download
      return res.sendFile(file, { headers: { 'Content-Disposition': 'inline' } });
    }
    res.download(file, (err) => {
      if (err && !res.headersSent) next(err);
    });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
