const path = require('path');
const fs = require('fs/promises');
const { Router } = require('express');
const { ensureLoggedIn } = require('../auth');

const EXPORT_ROOT = path.resolve(process.env.EXPORT_ROOT || '/var/lib/reports/exports');

const router = Router();

function resolveExport(userId, name) {
  const userDir = path.join(EXPORT_ROOT, String(userId));
  const full = path.resolve(userDir, name);
  if (!full.startsWith(userDir + path.sep)) {
    return null;
  }
  return full;
}

router.get('/exports/:name', ensureLoggedIn, async (req, res) => {
  const full = resolveExport(req.user.id, req.params.name);
  if (!full) return res.status(400).json({ error: 'bad file name' });
  try {
    await fs.access(full);
  } catch {
    return res.status(404).json({ error: 'not found' });
  }
  res.sendFile(full);
});

module.exports = router;
