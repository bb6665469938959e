'use strict';

const path = require('path');
const fs = require('fs/promises');
const express = require('express');
const { ensureAuth } = require('../middleware/ensure-auth');

const EXPORT_DIR = path.resolve(process.env.EXPORT_DIR || './var/exports');

// Resolve a user-supplied name inside the caller's own export folder, or return null if it
// would land anywhere else (../, absolute paths, and symlinks are all caught by realpath).
async function resolveInside(userId, name) {
  let base;
  let real;
  try {
    base = await fs.realpath(path.join(EXPORT_DIR, String(userId)));
    real = await fs.realpath(path.resolve(base, String(name)));
  } catch {
    return null;
  }
  return real.startsWith(base + path.sep) ? real : null;
}

const router = express.Router();
router.use(ensureAuth);

router.get('/', async (req, res) => {
  const dir = path.join(EXPORT_DIR, String(req.user.id));
  const names = await fs.readdir(dir).catch(() => []);
  res.json({ files: names.filter((n) => n.endsWith('.csv')) });
});

router.delete('/:name', async (req, res) => {
  const file = await resolveInside(req.user.id, req.params.name);
  if (!file) return res.sendStatus(404);
  await fs.unlink(file);
  res.sendStatus(204);
});

module.exports = router;
