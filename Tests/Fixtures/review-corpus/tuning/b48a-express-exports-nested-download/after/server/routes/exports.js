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

// Exports are now grouped by month: /exports/2024-05/orders.csv
router.get('/exports/*', ensureLoggedIn, async (req, res) => {
  const full = resolveExport(req.user.id, req.params[0]);
  if (!full) return res.status(400).json({ error: 'bad file name' });
  try {
    await fs.access(full);
  } catch {
    return res.status(404).json({ error: 'not found' });
  }
  if (req.query.download === '1') {
    return res.download(full, path.basename(full));
  }
  res.sendFile(full);
});

module.exports = router;
